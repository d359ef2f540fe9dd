#!/usr/bin/env node
// Generates the typed API client (libs/shared/contracts/src/api.generated.ts) from the committed
// OpenAPI document (apps/api/openapi.json): one interface per schema and one function per
// operation, named by its operationId. `--check` fails when the committed file is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../..');
const documentPath = path.join(root, 'apps/api/openapi.json');
const outputPath = path.join(root, 'libs/shared/contracts/src/api.generated.ts');
const doc = JSON.parse(readFileSync(documentPath, 'utf8'));

const refName = (ref) => ref.split('/').pop();
const quote = (key) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : JSON.stringify(key));

function typeOf(schema) {
  if (!schema) return 'unknown';
  let type;
  if (schema.$ref) type = refName(schema.$ref);
  else if (schema.enum) type = schema.enum.map((v) => JSON.stringify(v)).join(' | ');
  else if (schema.allOf) type = schema.allOf.map(typeOf).join(' & ');
  else if (schema.type === 'array') type = `${wrap(typeOf(schema.items))}[]`;
  else if (schema.type === 'object' || schema.properties || schema.additionalProperties) type = objectType(schema);
  else if (schema.type === 'integer' || schema.type === 'number') type = 'number';
  else if (schema.type === 'boolean') type = 'boolean';
  else if (schema.type === 'string') type = schema.format === 'date-time' ? 'string' : 'string';
  else type = 'unknown';
  return schema.nullable ? `${type} | null` : type;
}

const wrap = (t) => (/[|&]/.test(t) ? `(${t})` : t);

function objectType(schema) {
  const required = new Set(schema.required ?? []);
  const props = Object.entries(schema.properties ?? {}).map(([k, s]) => `${quote(k)}${required.has(k) ? '' : '?'}: ${typeOf(s)};`);
  if (schema.additionalProperties) {
    props.push(`[key: string]: ${schema.additionalProperties === true ? 'unknown' : typeOf(schema.additionalProperties)};`);
  }
  return props.length ? `{ ${props.join(' ')} }` : 'Record<string, unknown>';
}

function schemaDeclaration(name, schema) {
  const required = new Set(schema.required ?? []);
  if (!schema.properties) return `export type ${name} = ${typeOf(schema)};`;
  const lines = Object.entries(schema.properties).map(([k, s]) => {
    const doc = s.description ? `  /** ${s.description.replace(/\*\//g, '*\\/')} */\n` : '';
    return `${doc}  ${quote(k)}${required.has(k) ? '' : '?'}: ${typeOf(s)};`;
  });
  return `export interface ${name} {\n${lines.join('\n')}\n}`;
}

function responseType(operation) {
  for (const code of ['200', '201', '202']) {
    const content = operation.responses?.[code]?.content?.['application/json'];
    if (content) return typeOf(content.schema);
  }
  return 'void';
}

function operationFunction(method, urlPath, operation) {
  const params = operation.parameters ?? [];
  const pathParams = params.filter((p) => p.in === 'path');
  const queryParams = params.filter((p) => p.in === 'query');
  const body = operation.requestBody?.content?.['application/json']?.schema;
  const args = [];
  for (const p of pathParams) args.push(`${p.name}: ${typeOf(p.schema)}`);
  if (body) args.push(`body: ${typeOf(body)}`);
  if (queryParams.length) {
    const fields = queryParams.map((p) => `${quote(p.name)}${p.required ? '' : '?'}: ${typeOf(p.schema)};`).join(' ');
    args.push(`query${queryParams.some((p) => p.required) ? '' : '?'}: { ${fields} }`);
  }
  const url = '`' + urlPath.replace(/\{(\w+)\}/g, (_m, n) => '${encodeURIComponent(String(' + n + '))}') + '`';
  const request = [`method: '${method.toUpperCase()}'`, `url: ${url}`];
  if (body) request.push('body');
  if (queryParams.length) request.push('query');
  const summary = operation.summary || operation.description;
  const docLine = summary ? `    /** ${summary.replace(/\*\//g, '*\\/').split('\n')[0]} */\n` : '';
  return `${docLine}    ${operation.operationId}: (${args.join(', ')}) => send<${responseType(operation)}>({ ${request.join(', ')} }),`;
}

const schemas = Object.entries(doc.components?.schemas ?? {}).sort(([a], [b]) => a.localeCompare(b));
const operations = [];
for (const [urlPath, methods] of Object.entries(doc.paths)) {
  for (const [method, operation] of Object.entries(methods)) operations.push({ method, urlPath, operation });
}
operations.sort((a, b) => a.operation.operationId.localeCompare(b.operation.operationId));

const ids = operations.map((o) => o.operation.operationId);
const duplicate = ids.find((id, i) => ids.indexOf(id) !== i);
if (duplicate) {
  console.error(`Operation id ${duplicate} is used twice in apps/api/openapi.json; controller method names must be unique.`);
  process.exit(1);
}

const source = `// Generated from apps/api/openapi.json by libs/shared/contracts/tools/generate-client.mjs.
// Do not edit: run \`npm run client\` after \`npm run openapi\`.

${schemas.map(([name, schema]) => schemaDeclaration(name, schema)).join('\n\n')}

export interface ApiRequest {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
}

/** Sends a request and resolves with the parsed JSON body (the web app wraps Angular's HttpClient). */
export type ApiTransport = <T>(request: ApiRequest) => Promise<T>;

/** One function per API operation, named by its operationId. */
export function createApiClient(send: ApiTransport) {
  return {
${operations.map((o) => operationFunction(o.method, o.urlPath, o.operation)).join('\n')}
  };
}

export type ApiClient = ReturnType<typeof createApiClient>;
`;

if (process.argv.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(outputPath, 'utf8');
  } catch {
    // missing counts as stale
  }
  if (committed !== source) {
    console.error('libs/shared/contracts/src/api.generated.ts is out of date: run npm run client and commit the result.');
    process.exit(1);
  }
  console.log('The generated API client is up to date.');
} else {
  writeFileSync(outputPath, source);
  console.log(`Wrote libs/shared/contracts/src/api.generated.ts (${schemas.length} types, ${operations.length} operations).`);
}
