/**
 * Imported first by main.ts, before any library reads NODE_ENV at load time: the server runs in production
 * mode unless told otherwise. graphql-js, for one, replaces `instanceof` with a slow cross-realm check in
 * development (≈ 5 % of the CPU of a large ranking answer); Express caches views and shortens errors.
 */
process.env['NODE_ENV'] ??= 'production';
