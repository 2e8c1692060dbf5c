// Exits 0 when PostgreSQL answers at TEST_DATABASE_URL, else 1 with a message that says what to do.
// Tries for a few seconds, for a server that is still starting.
const { Client } = require('pg');

const url = process.env.TEST_DATABASE_URL;
const TRIES = Number(process.env.POSTGRES_READY_TRIES ?? 10);

async function answers() {
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('select 1');
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function main() {
  if (!url) {
    process.stderr.write('TEST_DATABASE_URL is not set: CI needs PostgreSQL for the store tests.\n');
    process.exit(1);
  }
  let last;
  for (let attempt = 1; attempt <= TRIES; attempt++) {
    try {
      await answers();
      process.stdout.write(`PostgreSQL answers at ${url}\n`);
      return;
    } catch (error) {
      last = error;
      if (attempt < TRIES) await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
  process.stderr.write(
    `PostgreSQL does not answer at ${url} (${last && last.message ? last.message : String(last)}).\n` +
      'CI runs the PostgreSQL tests and fails without them: start PostgreSQL on 127.0.0.1:5432 (trust auth, database "test").\n' +
      'On a laptop without PostgreSQL, run `npm test`: it runs every test on SQLite.\n',
  );
  process.exit(1);
}

void main();
