import { createServer, type Server } from 'node:http'
import { connect } from 'node:net'

export interface ConnectProxy {
  url: string
  /** Every CONNECT target asked for, e.g. anymetrics.internal:8083. */
  targets: string[]
  close(): Promise<void>
}

/**
 * A CONNECT proxy on loopback that sends every tunnel to one local port, whatever host name was
 * asked for: so a test can use a name (which proxies are not bypassed for) without DNS.
 */
export async function startConnectProxy(targetPort: number): Promise<ConnectProxy> {
  const targets: string[] = []
  const server: Server = createServer((_req, res) => res.writeHead(405).end())
  server.on('connect', (req, clientSocket, head) => {
    targets.push(req.url ?? '')
    const upstream = connect(targetPort, '127.0.0.1', () => {
      clientSocket.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      upstream.write(head)
      upstream.pipe(clientSocket)
      clientSocket.pipe(upstream)
    })
    upstream.on('error', () => clientSocket.destroy())
    clientSocket.on('error', () => upstream.destroy())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return {
    url: `http://127.0.0.1:${port}`,
    targets,
    close: () =>
      new Promise<void>(resolve => {
        server.closeAllConnections()
        server.close(() => resolve())
      })
  }
}
