// A stand-in for the Czech company register ARES (REST API v3) for the browser tests:
// `GET …/ekonomicke-subjekty/28715306` answers with the recorded NISA-PLAST Liberec s.r.o.
// from the server's API test fixtures, every other IČO with 404. Usage: node fake-ares.mjs <port>

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixture = fs.readFileSync(path.join(root, 'crates/server/tests/api/fixtures/ares_liberec_sro.json'), 'utf8');
const port = Number(process.argv[2] || 0);

http
  .createServer((request, response) => {
    if (request.url.endsWith('/ekonomicke-subjekty/28715306')) {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(fixture);
    } else {
      response.writeHead(404, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ kod: 'NENALEZENO', popis: 'Ekonomický subjekt nebyl nalezen.' }));
    }
  })
  .listen(port, '127.0.0.1');
