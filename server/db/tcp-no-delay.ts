// Turns Nagle's algorithm off on the driver's Bolt sockets. neo4j-driver 5 opens them without TCP_NODELAY and
// writes a message in 1,400-byte chunks, so a statement longer than that (the neighbourhood statement is ~4 kB)
// ends in a small segment that the kernel holds until Neo4j acknowledges the first ones, and Neo4j delays that
// ACK by up to 40 ms. Measured on the expand statement: ~48 ms p50 with Nagle, ~5 ms without (docs/performance.md).
// The driver has no setting for it; it configures every socket it opens with setKeepAlive(true) right after
// connecting, so that call is where TCP_NODELAY is set. For any other socket this is harmless: request/response
// traffic never wants Nagle (Node's own HTTP server and agents already disable it).
import net from 'node:net';

let installed = false;

function coalesceWritesPerTick(socket: net.Socket): void {
  let corked = false;
  const write = socket.write;
  const uncork = () => {
    corked = false;
    socket.uncork();
  };
  socket.write = function coalescedWrite(this: net.Socket, ...args: Parameters<net.Socket['write']>) {
    if (!corked) {
      corked = true;
      socket.cork();
      process.nextTick(uncork);
    }
    return write.apply(this, args);
  } as net.Socket['write'];
}

/** Idempotent; called before the first driver is created (server/db/driver.ts). */
export function disableNagleOnKeepAliveSockets(): void {
  if (installed) return;
  installed = true;
  const setKeepAlive = net.Socket.prototype.setKeepAlive;
  net.Socket.prototype.setKeepAlive = function setKeepAliveAndNoDelay(
    this: net.Socket,
    enable?: boolean,
    initialDelay?: number,
  ): net.Socket {
    if (enable) {
      this.setNoDelay(true);
      if (process.env.THREADLINE_BOLT_COALESCE !== '0') coalesceWritesPerTick(this);
    }
    return setKeepAlive.call(this, enable, initialDelay);
  };
}
