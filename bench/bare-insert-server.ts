import express from 'express';
import pg from 'pg';

/**
 * The baseline of the HTTP commands benchmark: an express endpoint that takes a JSON body and does
 * one INSERT per request, nothing else. What a command over HTTP could cost at the least on this
 * machine and database. Run as its own process, as the service is: `node bare-insert-server.js <url> <port>`.
 */
const [url, port] = process.argv.slice(2);
const pool = new pg.Pool({ connectionString: url, max: 8 });
await pool.query('CREATE TABLE IF NOT EXISTS bare_commands (id bigserial PRIMARY KEY, path text NOT NULL, body jsonb NOT NULL)');
const app = express();
app.use(express.json());
app.post('/activities/:id/progress-reports', async (request, response) => {
  const { rows } = await pool.query('INSERT INTO bare_commands (path, body) VALUES ($1, $2) RETURNING id', [request.path, request.body]);
  response.status(201).json({ id: request.params.id, revision: Number(rows[0].id) });
});
app.listen(Number(port), '127.0.0.1', () => process.send?.('ready'));
