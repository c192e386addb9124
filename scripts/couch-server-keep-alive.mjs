/**
 * Loaded into pouchdb-server (`node --import`). Node's HTTP server closes an idle keep-alive
 * connection after 5 s; a client under load can send its next request on that connection just
 * as it closes, and the request fails with "other side closed" (Node's fetch does not retry it).
 * Keeping idle connections longer than any client keeps them (Node's fetch: 4 s) removes the race.
 */
import http from 'node:http';

const createServer = http.createServer;
http.createServer = function createLongKeepAliveServer(...args) {
  const server = createServer.apply(this, args);
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  return server;
};
