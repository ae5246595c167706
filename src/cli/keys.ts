import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { ApiKeyStore } from '../db/api-key-store.js';
import { connect } from '../db/connect.js';
import { createLogger } from '../logger.js';
import { DomainError } from '../domain/errors.js';
import { describeScope, GRANTABLE_ROLES, isGrantable, type WriteScope } from '../domain/roles.js';
import { createKey } from '../services/admin-service.js';

/**
 * `npm run keys -- create --name "explorer, Bapperida" --role EDITOR` prints a new key (once);
 * `--region <id>` and `--program <id>` (each may repeat) limit an EDITOR key's writes to them;
 * `npm run keys -- list` lists keys; `npm run keys -- revoke <id>` revokes one. Audited as
 * `system`. Uses NEO4J_URI, or the embedded database (stop `npm start` first).
 */
const USAGE = 'usage: npm run keys -- create --name <name> --role VIEWER|EDITOR|ADMIN [--region <id>]... [--program <id>]... | list | revoke <id>';
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { name: { type: 'string' }, role: { type: 'string' }, region: { type: 'string', multiple: true }, program: { type: 'string', multiple: true } },
});
const [command, id] = positionals;

if (command === 'create' && (!values.name?.trim() || !isGrantable(values.role))) {
  console.error(`create needs --name and --role (${GRANTABLE_ROLES.join(', ')})\n${USAGE}`);
  process.exit(2);
}
if (!['create', 'list', 'revoke'].includes(command ?? '') || (command === 'revoke' && !id)) {
  console.error(USAGE);
  process.exit(2);
}

const scopeText = (scope: WriteScope | null) => (scope ? `, writes in ${describeScope(scope)}` : '');

const config = loadConfig();
const connection = await connect(config, createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL));
try {
  const keys = new ApiKeyStore(connection.db);
  if (command === 'create') {
    const scoped = values.region || values.program;
    const { key, record } = await createKey(keys, values.name!.trim(), values.role, scoped ? { regions: values.region, programs: values.program } : null);
    console.log(`created key ${record.id} (${record.role}${scopeText(record.scope)}) "${record.name}"\n${key}\nStore it now: it is not shown again.`);
  } else if (command === 'list') {
    for (const k of await keys.list()) console.log([k.id, k.role.padEnd(6), k.revokedAt ? `revoked ${k.revokedAt}` : 'valid', k.createdAt, k.name + scopeText(k.scope)].join('  '));
  } else {
    const revoked = await keys.revoke(id!);
    console.log(revoked ? `revoked ${id}` : `no valid key ${id}`);
    process.exitCode = revoked ? 0 : 1;
  }
} catch (error) {
  // Bad input (an unknown region, a scope on a non-editor key) is the user's to fix: its message, no stack.
  if (!(error instanceof DomainError)) throw error;
  console.error(`${error.code}: ${error.message}`);
  process.exitCode = 2;
} finally {
  await connection.close();
}
