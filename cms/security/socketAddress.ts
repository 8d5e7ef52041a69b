/**
 * The address of the connection a request came in on, for servers that have it to hand
 * on. A server built on Node's http module (the tests' API server, a custom server) sets
 * it on the fetch Request before Payload sees it; Payload's request *is* that Request
 * object (createPayloadRequest extends it in place), so clientAddress() finds it there.
 * No imports: the tests' server loads this before the CMS starts.
 */
const socketAddressKey = Symbol.for('jrs-belgium.socketAddress')

export function withSocketAddress<T extends object>(request: T, address: string | undefined): T {
  if (address) Object.defineProperty(request, socketAddressKey, { value: address, enumerable: false })
  return request
}

export function socketAddressOf(request: object): string | undefined {
  return (request as unknown as Record<symbol, string | undefined>)[socketAddressKey]
}
