import { once } from 'node:events';
import { connect, createServer, type Socket } from 'node:net';

export interface TcpProxy {
  port: number;
  /** Stops forwarding in both directions, as a server stopped with SIGSTOP: nothing is lost, nothing answers. */
  freeze(): void;
  /** Forwards again, what was held included. */
  thaw(): void;
  /** Resets every open connection (TCP RST towards the client), as a crashed server or a dropped link. */
  resetAll(): void;
  close(): Promise<void>;
}

/** A TCP proxy on loopback in front of `target`, to freeze and reset a real server's connections in a test. */
export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  let frozen = false;
  const pairs = new Set<{ client: Socket; upstream: Socket }>();
  const waiting: (() => void)[] = [];

  const server = createServer((client) => {
    const open = () => {
      const upstream = connect(target.port, target.host);
      const pair = { client, upstream };
      pairs.add(pair);
      client.pipe(upstream);
      upstream.pipe(client);
      const drop = () => {
        pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      };
      client.on('error', drop).on('close', drop);
      upstream.on('error', drop).on('close', drop);
    };
    // A frozen server still accepts connections (the kernel does) but never answers them.
    client.pause();
    if (frozen) waiting.push(open);
    else open();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');

  const proxy: TcpProxy = {
    port: (server.address() as { port: number }).port,
    freeze() {
      frozen = true;
      for (const { client, upstream } of pairs) {
        client.pause();
        upstream.pause();
      }
    },
    thaw() {
      frozen = false;
      for (const { client, upstream } of pairs) {
        client.resume();
        upstream.resume();
      }
      for (const open of waiting.splice(0)) open();
    },
    resetAll() {
      for (const { client, upstream } of pairs) {
        client.resetAndDestroy();
        upstream.destroy();
      }
      pairs.clear();
    },
    async close() {
      proxy.resetAll();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
