// Bolt socket tuning neo4j-driver 5 has no setting for. The driver configures every socket it opens with
// setKeepAlive(true) right after connecting, so that call is where both changes are made. For any other socket
// they are harmless: request/response traffic never wants Nagle, nor one syscall per small write.
// 1. TCP_NODELAY. The driver writes a message in 1,400-byte chunks, so a statement longer than that ends in a
//    small segment the kernel holds until Neo4j acknowledges the first ones, which Neo4j delays by up to 40 ms.
//    Measured on the expand statement: ~48 ms p50 with Nagle, ~5 ms without (docs/performance.md).
// 2. One writev per tick. Each chunk was its own send(): ~700 per 1 MB ingest batch. Corking on the first write
//    of a tick and uncorking on the next sends what the driver wrote synchronously together (1 MB statement:
//    57 -> 48 ms median per round trip).
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
export function tuneBoltSockets(): void {
  if (installed) return;
  installed = true;
  const setKeepAlive = net.Socket.prototype.setKeepAlive;
  net.Socket.prototype.setKeepAlive = function setKeepAliveAndTune(
    this: net.Socket,
    enable?: boolean,
    initialDelay?: number,
  ): net.Socket {
    if (enable) {
      this.setNoDelay(true);
      coalesceWritesPerTick(this);
    }
    return setKeepAlive.call(this, enable, initialDelay);
  };
}
