// ESLint rule `walikota/own-tables`: a domain module (libs/api/<module>/src) reads and writes only
// its own tables (docs/architecture.md, "Module boundaries"). Ownership comes from the entities:
// the module that declares `@Entity('table')` owns the table. Flagged in production code (not in
// specs, fixtures or the test harness):
// - SQL text naming another module's table after FROM, JOIN, INTO, UPDATE or TABLE;
// - another module's entity handed to a repository or query (`getRepository(XEntity)`,
//   `manager.find(XEntity, …)`, `@InjectRepository(XEntity)`, `TypeOrmModule.forFeature([XEntity])`).
// Relations (`@ManyToOne(() => XEntity)`) are schema, not reads, and stay allowed.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const API = path.join(root, 'libs/api');

/** table → module and entity class → module, read from every `*.entity.ts` of libs/api. */
export function readOwnership(apiDir = API) {
  const tables = new Map();
  const entities = new Map();
  for (const module of readdirSync(apiDir)) {
    const src = path.join(apiDir, module, 'src');
    if (!safeIsDir(src)) continue;
    for (const file of walk(src)) {
      if (!file.endsWith('.entity.ts')) continue;
      const text = readFileSync(file, 'utf8');
      // Each `@Entity('table')` followed by its `export class XEntity`.
      const pattern = /@Entity\(\s*'([a-z_][a-z0-9_]*)'[\s\S]*?export class (\w+)/g;
      for (const [, table, entity] of text.matchAll(pattern)) {
        tables.set(table, module);
        entities.set(entity, module);
      }
    }
  }
  return { tables, entities };
}

function safeIsDir(dir) {
  try {
    return statSync(dir).isDirectory();
  } catch {
    return false;
  }
}

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (safeIsDir(full)) yield* walk(full);
    else yield full;
  }
}

/** The module a production file belongs to, or null (specs, fixtures, the harness, other code). */
export function moduleOf(filename) {
  const rel = path.relative(root, filename).split(path.sep).join('/');
  const match = /^libs\/api\/([^/]+)\/src\/(.*)$/.exec(rel);
  if (!match) return null;
  const [, module, inner] = match;
  if (module === 'testing' || /\.spec\.ts$/.test(inner) || /(^|\/)testing\//.test(inner) || /-fixtures\.ts$/.test(inner)) return null;
  return module;
}

const SQL_TABLE = /\b(?:FROM|JOIN|INTO|UPDATE|TABLE)\s+(?:ONLY\s+)?"?([a-z_][a-z0-9_]*)"?/gi;
const REPOSITORY_CALLS = new Set([
  'getRepository',
  'InjectRepository',
  'find',
  'findBy',
  'findOne',
  'findOneBy',
  'findOneOrFail',
  'findAndCount',
  'exists',
  'existsBy',
  'count',
  'countBy',
  'insert',
  'update',
  'upsert',
  'delete',
  'softDelete',
  'save',
  'remove',
  'increment',
  'decrement',
  'createQueryBuilder',
  'forFeature',
]);

/** Tables of other modules named in SQL text. */
export function foreignTablesIn(text, module, ownership) {
  const found = [];
  for (const [, table] of text.matchAll(SQL_TABLE)) {
    const owner = ownership.tables.get(table.toLowerCase());
    if (owner && owner !== module) found.push({ table: table.toLowerCase(), owner });
  }
  return found;
}

let cached;

export const ownTablesRule = {
  meta: {
    type: 'problem',
    docs: { description: 'A domain module reads and writes only its own tables; other modules use what it exports.' },
    schema: [],
    messages: {
      table:
        'Module «{{module}}» names table «{{table}}», owned by «{{owner}}»: use what «{{owner}}» exports instead (docs/architecture.md).',
      entity:
        'Module «{{module}}» queries «{{entity}}», owned by «{{owner}}»: use what «{{owner}}» exports instead (docs/architecture.md).',
    },
  },
  create(context) {
    const module = moduleOf(context.filename ?? context.getFilename());
    if (!module) return {};
    cached ??= readOwnership();
    const ownership = cached;
    const checkText = (node, text) => {
      for (const { table, owner } of foreignTablesIn(text, module, ownership))
        context.report({ node, messageId: 'table', data: { module, table, owner } });
    };
    const checkEntity = (node) => {
      if (node?.type !== 'Identifier') return;
      const owner = ownership.entities.get(node.name);
      if (owner && owner !== module) context.report({ node, messageId: 'entity', data: { module, entity: node.name, owner } });
    };
    return {
      Literal(node) {
        if (typeof node.value === 'string') checkText(node, node.value);
      },
      TemplateLiteral(node) {
        checkText(node, node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' '));
      },
      CallExpression(node) {
        const callee = node.callee;
        const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? callee.property?.name : undefined;
        if (!name || !REPOSITORY_CALLS.has(name)) return;
        for (const arg of node.arguments) {
          if (arg.type === 'ArrayExpression') arg.elements.forEach(checkEntity);
          else checkEntity(arg);
        }
      },
    };
  },
};

export default { rules: { 'own-tables': ownTablesRule } };
