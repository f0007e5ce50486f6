// Regenerates the API types (src/api/schema.d.ts) from the running server's OpenAPI document, and the activity
// descriptors the Vitest suite checks the property panel against (test/fixtures/activities.json).
// Usage: npm run gen:api   (server at http://localhost:5080, or CASEFLOW_SERVER=http://host:port)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';

const server = process.env.CASEFLOW_SERVER ?? 'http://localhost:5080';
execFileSync('npx', ['openapi-typescript', `${server}/openapi/v1.json`, '-o', 'src/api/schema.d.ts'], { stdio: 'inherit' });

const login = await fetch(`${server}/api/auth/login`, {
  method: 'POST', headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify({ userName: process.env.CASEFLOW_USER ?? 'designer', password: process.env.CASEFLOW_PASSWORD ?? 'CaseFlow-designer-2026' }),
});
const { accessToken } = await login.json();
const activities = await fetch(`${server}/api/definitions/activities`, { headers: { Authorization: `Bearer ${accessToken}` } });
writeFileSync('test/fixtures/activities.json', JSON.stringify(await activities.json(), null, 2) + '\n');
console.log('test/fixtures/activities.json written');
