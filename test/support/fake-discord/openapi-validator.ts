import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/** Validates requests against Discord's OpenAPI 3.1 description (see `defaultSpecPath`). */

const HERE = path.dirname(fileURLToPath(import.meta.url));

/** Repo root = the directory holding package.json above this file. */
function findRepoRoot(start: string): string {
  let dir = start;
  for (;;) {
    try {
      readFileSync(path.join(dir, 'package.json'));
      return dir;
    } catch {
      const parent = path.dirname(dir);
      if (parent === dir) throw new Error(`fake-discord: no package.json above ${start}`);
      dir = parent;
    }
  }
}

/**
 * The spec beside the repository (`../shared/discord-api-spec`, provided in CI) when present, else
 * the copy vendored in `test/support/discord-api-spec`, so a fresh clone is testable anywhere.
 */
export function defaultSpecPath(): string {
  const root = findRepoRoot(HERE);
  const beside = path.resolve(root, '../shared/discord-api-spec/openapi.json');
  return existsSync(beside) ? beside : path.resolve(root, 'test/support/discord-api-spec/openapi.json');
}

interface SpecParameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: unknown;
}

interface SpecOperation {
  parameters?: SpecParameter[];
  requestBody?: { required?: boolean; content?: Record<string, unknown> };
}

interface SpecPathItem {
  parameters?: SpecParameter[];
  [method: string]: unknown;
}

interface SpecDocument {
  paths: Record<string, SpecPathItem>;
}

interface Template {
  template: string;
  regex: RegExp;
  params: string[];
  literals: number;
}

export interface ValidationResult {
  /** `METHOD /template`, or null when the path/method is not described by the spec. */
  operation: string | null;
  errors: ErrorObject[] | string[];
}

type FormatsPlugin = (ajv: Ajv2020) => Ajv2020;
// ajv-formats is CommonJS: the default import is the plugin itself at runtime, typed as the module.
const addFormats: FormatsPlugin =
  (addFormatsModule as unknown as { default?: FormatsPlugin }).default ??
  (addFormatsModule as unknown as FormatsPlugin);

function pointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1').replace(/\{/g, '%7B').replace(/\}/g, '%7D');
}

function coerceQuery(value: string): unknown {
  if (value === 'true') return true;
  if (value === 'false') return false;
  if (/^-?\d+$/.test(value) && value.length < 16) return Number(value);
  return value;
}

export class OpenApiValidator {
  private readonly ajv: Ajv2020;
  private readonly doc: SpecDocument;
  private readonly templates: Template[];
  private readonly cache = new Map<string, ValidateFunction>();

  constructor(specPath: string) {
    this.doc = JSON.parse(readFileSync(specPath, 'utf8')) as SpecDocument;
    this.ajv = new Ajv2020({ strict: false, allErrors: false, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addFormat('int32', {
      type: 'number',
      validate: (n: number) => Number.isInteger(n) && Math.abs(n) < 2 ** 31,
    });
    this.ajv.addFormat('int64', { type: 'number', validate: (n: number) => Number.isInteger(n) });
    this.ajv.addFormat('double', { type: 'number', validate: () => true });
    this.ajv.addFormat('snowflake', /^(0|[1-9][0-9]*)$/);
    this.ajv.addFormat('nonce', () => true);
    this.ajv.addSchema(this.doc as object, 'discord');
    this.templates = Object.keys(this.doc.paths).map((template) => {
      const params: string[] = [];
      let literals = 0;
      const source = template
        .split('/')
        .map((seg) => {
          const m = /^\{(\w+)\}$/.exec(seg);
          if (m?.[1]) {
            params.push(m[1]);
            return '([^/]+)';
          }
          literals += 1;
          return seg.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
        })
        .join('/');
      return { template, regex: new RegExp(`^${source}$`), params, literals };
    });
    // Prefer templates with more literal segments (`/users/@me` over `/users/{user_id}`).
    this.templates.sort((a, b) => b.literals - a.literals);
  }

  /** Finds the spec template for a concrete path (path after `/api/v10`). */
  match(
    method: string,
    urlPath: string,
  ): { template: Template; values: string[]; methodKnown: boolean } | null {
    let fallback: { template: Template; values: string[]; methodKnown: boolean } | null = null;
    for (const template of this.templates) {
      const m = template.regex.exec(urlPath);
      if (!m) continue;
      const values = m.slice(1).map((v) => v ?? '');
      if (this.doc.paths[template.template]?.[method.toLowerCase()])
        return { template, values, methodKnown: true };
      fallback ??= { template, values, methodKnown: false };
    }
    return fallback;
  }

  validate(
    method: string,
    urlPath: string,
    query: Record<string, string>,
    body: unknown,
    hasBody: boolean,
  ): ValidationResult {
    const found = this.match(method, urlPath);
    const lower = method.toLowerCase();
    if (!found)
      return { operation: null, errors: [`${method} ${urlPath} is not a path of the Discord API spec`] };
    const operationName = `${method.toUpperCase()} ${found.template.template}`;
    if (!found.methodKnown) {
      return { operation: null, errors: [`${operationName}: method not allowed for this path by the spec`] };
    }
    const pathItem = this.doc.paths[found.template.template] as SpecPathItem;
    const op = pathItem[lower] as SpecOperation;
    const base = `#/paths/${pointer(found.template.template)}`;
    const errors: (ErrorObject | string)[] = [];

    const params = [
      ...(pathItem.parameters ?? []).map((p, i) => ({ p, ref: `${base}/parameters/${i}/schema` })),
      ...(op.parameters ?? []).map((p, i) => ({ p, ref: `${base}/${lower}/parameters/${i}/schema` })),
    ];
    for (const { p, ref } of params) {
      if (!p.schema) continue;
      let value: unknown;
      if (p.in === 'path') {
        const idx = found.template.params.indexOf(p.name);
        if (idx < 0) continue;
        value = found.values[idx];
      } else if (p.in === 'query') {
        if (query[p.name] === undefined) {
          if (p.required) errors.push(`query parameter ${p.name} is required`);
          continue;
        }
        value = coerceQuery(query[p.name] as string);
      } else {
        continue;
      }
      const check = this.compiled(ref);
      if (!check(value)) {
        for (const e of check.errors ?? [])
          errors.push({ ...e, instancePath: `/${p.in}/${p.name}${e.instancePath}` });
      }
    }

    const content = op.requestBody?.content;
    if (hasBody) {
      if (!content) {
        errors.push(`${operationName} takes no request body`);
      } else if (content['application/json']) {
        const check = this.compiled(
          `${base}/${lower}/requestBody/content/${pointer('application/json')}/schema`,
        );
        if (!check(body)) errors.push(...simplify(check.errors ?? []));
      }
    } else if (op.requestBody?.required) {
      errors.push(`${operationName} requires a request body`);
    }
    return { operation: operationName, errors: errors as ErrorObject[] | string[] };
  }

  /**
   * Checks a response body against the operation's response schema for that status (or its `4XX`
   * range). Returns the errors, empty when the body fits or the spec describes no JSON body.
   */
  validateResponse(method: string, urlPath: string, status: number, body: unknown): (ErrorObject | string)[] {
    const found = this.match(method, urlPath);
    if (!found?.methodKnown) return [`${method} ${urlPath} is not an operation of the Discord API spec`];
    const lower = method.toLowerCase();
    const op = (this.doc.paths[found.template.template] as SpecPathItem)[lower] as {
      responses?: Record<string, { content?: Record<string, unknown>; $ref?: string }>;
    };
    const key = [String(status), `${String(status)[0]}XX`].find((k) => op.responses?.[k]);
    if (!key) return [`${method} ${found.template.template} has no response ${status} in the spec`];
    const response = op.responses?.[key];
    if (!response?.content?.['application/json'] && !response?.$ref) return [];
    const base = `#/paths/${pointer(found.template.template)}/${lower}/responses/${key}`;
    const ref = response.$ref
      ? `${response.$ref.slice(1)}/content/${pointer('application/json')}/schema`
      : `${base.slice(1)}/content/${pointer('application/json')}/schema`;
    const check = this.compiled(`#${ref}`);
    return check(body) ? [] : [...(check.errors ?? [])];
  }

  private compiled(ref: string): ValidateFunction {
    let fn = this.cache.get(ref);
    if (!fn) {
      fn = this.ajv.compile({ $ref: `discord${ref}` });
      this.cache.set(ref, fn);
    }
    return fn;
  }
}

/** Drops the noise of union branches rejected only by their `type` discriminator. */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const useful = errors.filter(
    (e) =>
      !(e.keyword === 'enum' && e.instancePath === '/type') && e.keyword !== 'anyOf' && e.keyword !== 'oneOf',
  );
  return useful.length > 0 ? useful : errors;
}

/** Discord's nested `errors` object for a 50035 answer, from flat validation errors. */
export function discordErrorTree(errors: readonly (ErrorObject | string)[]): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const e of errors) {
    const message = typeof e === 'string' ? e : `${e.message ?? e.keyword}`;
    const parts = typeof e === 'string' ? [] : e.instancePath.split('/').filter(Boolean);
    let node: Record<string, unknown> = tree;
    for (const part of parts) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    if (!Array.isArray(node._errors)) node._errors = [];
    (node._errors as { code: string; message: string }[]).push({ code: 'BASE_TYPE_INVALID', message });
  }
  return tree;
}

let shared: OpenApiValidator | undefined;
let sharedPath: string | undefined;

/** One validator per process (compiling the spec is the expensive part). */
export function getValidator(specPath: string = defaultSpecPath()): OpenApiValidator {
  if (!shared || sharedPath !== specPath) {
    shared = new OpenApiValidator(specPath);
    sharedPath = specPath;
  }
  return shared;
}
