// A value that settles after `delay` ms without change: type-ahead should not query on every keystroke.
import { useEffect, useState } from 'react';

export function useDebounced<T>(value: T, delay = 200): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}
