// Undo and redo: every canvas operation is a command with apply/revert, kept on two stacks.

export interface Command {
  label: string;
  apply(): void;
  revert(): void;
}

/** Defaults to 200 steps: enough for a session, bounded so removed elements are not kept forever. */
export const DEFAULT_DEPTH = 200;

export class CommandStack {
  private done: Command[] = [];
  private undone: Command[] = [];
  private listeners = new Set<() => void>();

  constructor(private readonly depth = DEFAULT_DEPTH) {}

  /** Run a command and record it. */
  exec(command: Command): void {
    command.apply();
    this.record(command);
  }

  /** Record a command whose effect already happened (e.g. a finished layout). */
  record(command: Command): void {
    this.done.push(command);
    if (this.done.length > this.depth) this.done.shift();
    this.undone = [];
    this.emit();
  }

  undo(): string | null {
    const command = this.done.pop();
    if (!command) return null;
    command.revert();
    this.undone.push(command);
    this.emit();
    return command.label;
  }

  redo(): string | null {
    const command = this.undone.pop();
    if (!command) return null;
    command.apply();
    this.done.push(command);
    this.emit();
    return command.label;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
    this.emit();
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  get nextUndo(): string | null {
    return this.done.at(-1)?.label ?? null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}
