import type { CollectionSlug, PayloadHandler, PayloadRequest } from 'payload'

/**
 * Payload's own handler for a collection's root path, for a custom endpoint that takes
 * over that path for visitors but must leave the admin (which uses the REST API for
 * lists and saving) working as before. Custom endpoints come first in the list; the
 * built-in one with the same path and method follows.
 */
export function builtInHandler(req: PayloadRequest, collection: CollectionSlug, method: 'get' | 'post'): PayloadHandler {
  const endpoints = req.payload.collections[collection]?.config.endpoints || []
  const builtIn = endpoints.filter((endpoint) => endpoint.path === '/' && endpoint.method === method)[1]
  if (!builtIn) throw new Error(`No built-in ${method.toUpperCase()} /api/${collection} behind the custom one.`)
  return builtIn.handler
}
