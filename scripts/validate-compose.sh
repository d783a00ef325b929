#!/usr/bin/env bash
# Validates the docker compose files without a Docker engine.
#
#   scripts/validate-compose.sh                        the repository's files: docker/docker-compose.yml alone,
#                                                      and merged with docker/docker-compose.cluster.yml
#   scripts/validate-compose.sh FILE [OVERRIDE ...]    one project made of these files (like
#                                                      `docker compose -f FILE -f OVERRIDE config`)
#
# What it checks, for each project:
#   1. YAML: parses, no duplicate keys, anchors and merge keys (<<) resolved.
#   2. Interpolation as compose does it ($$, ${VAR}, ${VAR:-default}, ${VAR:?error}, …) in a clean
#      environment; variables that the files require (${VAR:?…}) get a placeholder and are listed.
#   3. Each file alone, then the merged project (compose's merge rules), against the JSON schema of the
#      Compose Specification (compose-spec's compose_spec.json as shipped by the npm package `dclint`),
#      validated with Ajv.
#   4. References the schema cannot see: depends_on targets exist, no dependency cycles, a
#      `condition: service_healthy` target has a healthcheck, named volumes and networks are declared,
#      every service has an image or a build, no host port is published twice, a service outside any
#      profile does not depend on a profiled one.
#      Builds: the context and the Dockerfile exist, and every COPY/ADD source of the Dockerfile exists in
#      the context and is not excluded by its .dockerignore; COPY --from names an earlier stage.
#   5. Default run only, the project's own rules: BOOTSTRAP_ADMIN_TOKEN comes from the environment, the
#      api runs with RUN_PROJECTOR=false and a healthcheck, the projector is a separate service of the same
#      image, EventStoreDB is not in memory and keeps its data on a named volume, only the api publishes a
#      port on all interfaces, and the apps wait for healthy backing services.
# VALIDATE_COMPOSE_PRINT=1 prints each merged, interpolated project (like `docker compose config`).
# Exit status: 0 when everything is valid, 1 when a file is invalid, 2 on a usage or installation error.
#
# Tools: installs dclint (for its schema), ajv, yaml and @balena/dockerignore, pinned, from the npm registry
# into a cache directory (VALIDATE_COMPOSE_CACHE, default ~/.cache/validate-compose) or, if that cannot be
# written, a temporary one. Nothing is installed into the repository.
#
# Optional cross-check, VALIDATE_COMPOSE_V1=1: also runs Debian's docker-compose (apt-get install
# docker-compose, v1.29 in bookworm) `config -q` on the same files. It parses, interpolates and merges
# without an engine, but its schema predates the top-level `name:` key, which is therefore removed from
# temporary copies first; newer keys it does not know would make it fail where Compose v2 accepts them.
set -euo pipefail

DCLINT_VERSION=3.1.0
AJV_VERSION=8.17.1
YAML_VERSION=2.8.3
DOCKERIGNORE_VERSION=1.0.2 # @balena/dockerignore: Docker's .dockerignore semantics

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "validate-compose: node and npm are needed" >&2
  exit 2
fi

# ---- the projects to validate (each: a list of files, the first being the base)
PROJECT_CHECKS=0
PROJECTS=()
if [ "$#" -eq 0 ]; then
  PROJECT_CHECKS=1
  PROJECTS+=("$ROOT/docker/docker-compose.yml")
  PROJECTS+=("$ROOT/docker/docker-compose.yml"$'\n'"$ROOT/docker/docker-compose.cluster.yml")
else
  project=""
  for file in "$@"; do
    if [ ! -f "$file" ]; then
      echo "validate-compose: no such file: $file" >&2
      exit 2
    fi
    abs="$(cd "$(dirname "$file")" && pwd)/$(basename "$file")"
    project="${project:+$project$'\n'}$abs"
  done
  PROJECTS+=("$project")
fi

# ---- tools
TMP_DIR="$(mktemp -d)"
trap 'rm -rf "$TMP_DIR"' EXIT

CACHE_BASE="${VALIDATE_COMPOSE_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/validate-compose}"
TOOLS_DIR="$CACHE_BASE/dclint-$DCLINT_VERSION-ajv-$AJV_VERSION-yaml-$YAML_VERSION-dockerignore-$DOCKERIGNORE_VERSION"
if ! mkdir -p "$TOOLS_DIR" 2>/dev/null || [ ! -w "$TOOLS_DIR" ]; then
  TOOLS_DIR="$TMP_DIR/tools"
  mkdir -p "$TOOLS_DIR"
fi
if [ ! -f "$TOOLS_DIR/.complete" ]; then
  echo "validate-compose: installing dclint@$DCLINT_VERSION ajv@$AJV_VERSION yaml@$YAML_VERSION @balena/dockerignore@$DOCKERIGNORE_VERSION into $TOOLS_DIR"
  printf '{ "name": "validate-compose-tools", "private": true }\n' >"$TOOLS_DIR/package.json"
  if ! (cd "$TOOLS_DIR" && npm install --no-save --no-package-lock --no-audit --no-fund --ignore-scripts \
    --loglevel=error "dclint@$DCLINT_VERSION" "ajv@$AJV_VERSION" "yaml@$YAML_VERSION" \
    "@balena/dockerignore@$DOCKERIGNORE_VERSION" >"$TMP_DIR/npm.log" 2>&1); then
    cat "$TMP_DIR/npm.log" >&2
    echo "validate-compose: could not install the tools" >&2
    exit 2
  fi
  touch "$TOOLS_DIR/.complete"
fi
SCHEMA="$TOOLS_DIR/node_modules/dclint/schemas/compose.schema.json"
if [ ! -f "$SCHEMA" ]; then
  echo "validate-compose: $SCHEMA is missing" >&2
  exit 2
fi

# ---- the validator (in the temporary directory, beside a link to the tools' node_modules, so that its
# imports resolve there and concurrent runs do not share the file)
ln -s "$TOOLS_DIR/node_modules" "$TMP_DIR/node_modules"
VALIDATOR="$TMP_DIR/validate-compose.mjs"
cat >"$VALIDATOR" <<'JS'
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import dockerignore from '@balena/dockerignore';
import Ajv from 'ajv';
import { parseDocument, stringify } from 'yaml';

const [schemaPath, projectsJson, projectChecksFlag, cwd, printFlag] = process.argv.slice(2);
const projects = JSON.parse(projectsJson);
const projectChecks = projectChecksFlag === '1';
const show = (file) => relative(cwd, file) || file;

const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));
delete schema.$schema; // "https://json-schema.org/draft-07/schema" without the "#": Ajv's default, draft-07, is meant
process.on('uncaughtException', (error) => {
  console.error(`validate-compose: internal error: ${error.stack ?? error}`);
  process.exit(2);
});
const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
const validateSchema = ajv.compile(schema);

const isMap = (v) => v !== null && typeof v === 'object' && !Array.isArray(v);
const clone = (v) => (v === undefined ? v : structuredClone(v));

// ---------------------------------------------------------------- interpolation (compose-spec interpolation.md)
const NAME = /^[A-Za-z_][A-Za-z0-9_]*/;
function interpolateString(text, env, ctx) {
  let out = '';
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c !== '$') {
      out += c;
      i += 1;
      continue;
    }
    const next = text[i + 1];
    if (next === '$') {
      out += '$';
      i += 2;
      continue;
    }
    if (next === '{') {
      let depth = 1;
      let j = i + 2;
      for (; j < text.length && depth > 0; j += 1) {
        if (text[j] === '$' && text[j + 1] === '{') {
          depth += 1;
          j += 1;
        } else if (text[j] === '}') depth -= 1;
      }
      if (depth !== 0) throw new Error(`unterminated \${ in "${text}"`);
      out += substitute(text.slice(i + 2, j - 1), env, ctx);
      i = j;
      continue;
    }
    const m = NAME.exec(text.slice(i + 1));
    if (m) {
      out += lookup(m[0], env, ctx) ?? '';
      i += 1 + m[0].length;
      continue;
    }
    throw new Error(`invalid interpolation "${text}": a literal $ is written $$`);
  }
  return out;
}
function lookup(name, env, ctx) {
  ctx.used.add(name);
  return env[name];
}
function substitute(expr, env, ctx) {
  const m = NAME.exec(expr);
  if (!m) throw new Error(`invalid interpolation "\${${expr}}"`);
  const name = m[0];
  const rest = expr.slice(name.length);
  const value = lookup(name, env, ctx);
  if (rest === '') return value ?? '';
  const op = /^(:-|-|:\?|\?|:\+|\+)/.exec(rest);
  if (!op) throw new Error(`invalid interpolation "\${${expr}}"`);
  const arg = rest.slice(op[1].length);
  const unsetOrEmpty = value === undefined || value === '';
  switch (op[1]) {
    case ':-':
      return unsetOrEmpty ? interpolateString(arg, env, ctx) : value;
    case '-':
      return value === undefined ? interpolateString(arg, env, ctx) : value;
    case ':?':
    case '?':
      ctx.required.set(name, arg);
      if (op[1] === ':?' ? unsetOrEmpty : value === undefined) {
        if (ctx.placeholders) return (env[name] = `placeholder-for-${name.toLowerCase()}-0123456789`);
        throw new Error(`required variable ${name} is missing a value: ${arg}`);
      }
      return value;
    case ':+':
      return unsetOrEmpty ? '' : interpolateString(arg, env, ctx);
    case '+':
      return value === undefined ? '' : interpolateString(arg, env, ctx);
  }
  return value;
}
function interpolate(node, env, ctx, path) {
  if (typeof node === 'string') {
    try {
      return interpolateString(node, env, ctx);
    } catch (error) {
      ctx.errors.push(`${path.replace(/^\./, '') || '(top level)'}: ${error.message}`);
      return node;
    }
  }
  if (Array.isArray(node)) return node.map((v, i) => interpolate(v, env, ctx, `${path}[${i}]`));
  if (isMap(node)) return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, interpolate(v, env, ctx, `${path}.${k}`)]));
  return node;
}

// ---------------------------------------------------------------- merge (compose-spec merge.md)
function toMapping(value, separator = '=') {
  if (!Array.isArray(value)) return value;
  return Object.fromEntries(
    value.map((item) => {
      const s = String(item);
      const at = s.indexOf(separator);
      return at < 0 ? [s, null] : [s.slice(0, at), s.slice(at + 1)];
    }),
  );
}
function normalizeService(service) {
  const s = clone(service);
  if (!isMap(s)) return s;
  for (const key of ['environment', 'labels', 'annotations']) if (Array.isArray(s[key])) s[key] = toMapping(s[key]);
  if (Array.isArray(s.depends_on)) s.depends_on = Object.fromEntries(s.depends_on.map((n) => [n, { condition: 'service_started' }]));
  if (Array.isArray(s.networks)) s.networks = Object.fromEntries(s.networks.map((n) => [n, null]));
  if (isMap(s.build) && Array.isArray(s.build.args)) s.build.args = toMapping(s.build.args);
  if (typeof s.build === 'string') s.build = { context: s.build };
  return s;
}
function mountTarget(entry) {
  if (isMap(entry)) return entry.target ?? entry.source ?? JSON.stringify(entry);
  const parts = String(entry).split(':');
  return parts.length === 1 ? parts[0] : parts[1];
}
function mergeByKey(base, over, key) {
  const out = new Map(base.map((e) => [key(e), e]));
  for (const e of over) out.set(key(e), e);
  return [...out.values()];
}
function mergeUnique(base, over) {
  const seen = new Set(base.map((e) => JSON.stringify(e)));
  return [...base, ...over.filter((e) => !seen.has(JSON.stringify(e)))];
}
const REPLACED = new Set(['command', 'entrypoint']);
const BY_TARGET = new Set(['volumes', 'devices', 'secrets', 'configs']);
function mergeService(base, over) {
  const out = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const current = out[key];
    if (REPLACED.has(key) || current === undefined || value === null || current === null) out[key] = clone(value);
    else if (BY_TARGET.has(key) && Array.isArray(current) && Array.isArray(value)) out[key] = mergeByKey(current, value, mountTarget);
    else if (key === 'healthcheck' && isMap(current) && isMap(value)) out[key] = { ...current, ...value };
    else out[key] = deepMerge(current, value);
  }
  return out;
}
function deepMerge(base, over) {
  if (isMap(base) && isMap(over)) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) out[k] = k in out ? deepMerge(out[k], v) : clone(v);
    return out;
  }
  if (Array.isArray(base) && Array.isArray(over)) return mergeUnique(base, over);
  return clone(over);
}
function mergeModels(models) {
  const [first, ...rest] = models.map((m) => ({
    ...m,
    services: Object.fromEntries(Object.entries(m.services ?? {}).map(([n, s]) => [n, normalizeService(s)])),
  }));
  let merged = clone(first);
  for (const model of rest) {
    for (const [key, value] of Object.entries(model)) {
      if (key === 'services') {
        merged.services ??= {};
        for (const [name, service] of Object.entries(value)) {
          merged.services[name] = merged.services[name] && isMap(service) ? mergeService(merged.services[name], service) : clone(service);
        }
      } else merged[key] = key in merged ? deepMerge(merged[key], value) : clone(value);
    }
  }
  return merged;
}

// ---------------------------------------------------------------- references the schema cannot see
function parsePort(entry) {
  if (isMap(entry)) return entry.published === undefined ? null : { ip: entry.host_ip ?? '', port: String(entry.published), proto: entry.protocol ?? 'tcp' };
  const [spec, proto = 'tcp'] = String(entry).split('/');
  const parts = spec.split(':');
  if (parts.length === 1) return null; // container port only: an ephemeral host port
  const port = parts[parts.length - 2];
  const ip = parts.slice(0, -2).join(':');
  return { ip, port, proto };
}
function healthcheckEnabled(service) {
  const hc = service.healthcheck;
  if (!isMap(hc) || hc.disable === true || hc.disable === 'true') return false;
  const test = hc.test;
  if (test === undefined) return false;
  return !(Array.isArray(test) && test[0] === 'NONE');
}
function checkReferences(model) {
  const errors = [];
  const services = model.services ?? {};
  const names = Object.keys(services);
  if (names.length === 0) errors.push('no services');
  const volumes = new Set(Object.keys(model.volumes ?? {}));
  const networks = new Set(['default', ...Object.keys(model.networks ?? {})]);
  const published = new Map();
  for (const [name, service] of Object.entries(services)) {
    if (!isMap(service)) continue;
    if (!service.image && !service.build) errors.push(`services.${name}: neither image nor build`);
    for (const [dep, spec] of Object.entries(service.depends_on ?? {})) {
      if (!services[dep]) errors.push(`services.${name}.depends_on: no service "${dep}"`);
      else {
        if (dep === name) errors.push(`services.${name}.depends_on: depends on itself`);
        if (spec?.condition === 'service_healthy' && !healthcheckEnabled(services[dep]))
          errors.push(`services.${name}.depends_on.${dep}: condition service_healthy, but "${dep}" has no healthcheck in the compose file`);
        if (!service.profiles?.length && services[dep].profiles?.length && spec?.required !== false)
          errors.push(`services.${name}.depends_on: "${dep}" is only in profiles ${services[dep].profiles.join(', ')}`);
      }
    }
    for (const entry of service.volumes ?? []) {
      const isNamed = (source) => source && !/^[./~]/.test(source) && !source.includes('/') && !/^\$\{/.test(source);
      if (isMap(entry)) {
        if ((entry.type ?? 'volume') === 'volume' && isNamed(entry.source) && !volumes.has(entry.source))
          errors.push(`services.${name}.volumes: volume "${entry.source}" is not declared under the top-level volumes`);
      } else {
        const parts = String(entry).split(':');
        if (parts.length > 1 && isNamed(parts[0]) && !volumes.has(parts[0]))
          errors.push(`services.${name}.volumes: volume "${parts[0]}" is not declared under the top-level volumes`);
      }
    }
    for (const net of Object.keys(service.networks ?? {}))
      if (!networks.has(net)) errors.push(`services.${name}.networks: network "${net}" is not declared under the top-level networks`);
    for (const entry of service.ports ?? []) {
      const p = parsePort(entry);
      if (!p) continue;
      const key = `${p.port}/${p.proto}`;
      for (const [other, ip] of published.get(key) ?? [])
        if (!ip || !p.ip || ip === p.ip) errors.push(`services.${name}.ports: host port ${key} is also published by "${other}"`);
      published.set(key, [...(published.get(key) ?? []), [name, p.ip]]);
    }
  }
  // dependency cycles
  const state = new Map();
  const visit = (name, trail) => {
    if (state.get(name) === 'done' || !services[name]) return;
    if (state.get(name) === 'active') {
      errors.push(`depends_on cycle: ${[...trail.slice(trail.indexOf(name)), name].join(' -> ')}`);
      return;
    }
    state.set(name, 'active');
    for (const dep of Object.keys(services[name]?.depends_on ?? {})) visit(dep, [...trail, name]);
    state.set(name, 'done');
  };
  for (const name of names) visit(name, []);
  return errors;
}

// ---------------------------------------------------------------- the project's own rules (default run)
function checkProject(model, required) {
  const errors = [];
  const services = model.services ?? {};
  const env = (s) => (isMap(s?.environment) ? s.environment : {});
  if (!required.has('BOOTSTRAP_ADMIN_TOKEN')) errors.push('BOOTSTRAP_ADMIN_TOKEN must come from the environment: ${BOOTSTRAP_ADMIN_TOKEN:?…}');
  for (const [name, s] of Object.entries(services)) {
    const token = env(s).BOOTSTRAP_ADMIN_TOKEN;
    if (token !== undefined && !String(token).startsWith('placeholder-for-')) errors.push(`services.${name}: BOOTSTRAP_ADMIN_TOKEN is hard-coded`);
  }
  const api = services.api;
  const projector = services.projector;
  if (!api) errors.push('no "api" service');
  if (!projector) errors.push('no "projector" service');
  if (api) {
    if (String(env(api).RUN_PROJECTOR) !== 'false') errors.push('services.api: RUN_PROJECTOR must be "false" (the projector service projects)');
    if (!healthcheckEnabled(api)) errors.push('services.api: needs a healthcheck');
    if (!(api.ports ?? []).some((p) => (isMap(p) ? String(p.target) === '3000' : /(^|:)3000(\/tcp)?$/.test(String(p)))))
      errors.push('services.api: must publish container port 3000');
  }
  if (api && projector && api.image !== projector.image) errors.push('services.projector: must run the same image as the api');
  const esdb = Object.entries(services).filter(([, s]) => String(s.image ?? '').includes('eventstore/eventstore'));
  if (esdb.length === 0) errors.push('no EventStoreDB service (image eventstore/eventstore)');
  for (const [name, s] of esdb) {
    if (String(env(s).EVENTSTORE_MEM_DB).toLowerCase() === 'true') errors.push(`services.${name}: EVENTSTORE_MEM_DB must be off`);
    const dataOnVolume = (s.volumes ?? []).some((v) => {
      const source = isMap(v) ? v.source : String(v).split(':')[0];
      return mountTarget(v) === '/var/lib/eventstore' && source && (model.volumes ?? {})[source] !== undefined;
    });
    if (!dataOnVolume) errors.push(`services.${name}: /var/lib/eventstore must be a named volume`);
  }
  for (const [name, s] of Object.entries(services)) {
    if (name === 'api') continue;
    for (const p of s.ports ?? []) {
      const parsed = parsePort(p);
      if (parsed && !['127.0.0.1', 'localhost', '[::1]'].includes(parsed.ip))
        errors.push(`services.${name}.ports: only the api publishes a port on all interfaces (bind ${parsed.port} to 127.0.0.1)`);
    }
  }
  const backing = ['postgres', ...esdb.map(([n]) => n)].filter((n) => services[n]);
  for (const app of ['api', 'projector'])
    for (const dep of backing)
      if (services[app] && services[app].depends_on?.[dep]?.condition !== 'service_healthy')
        errors.push(`services.${app}.depends_on: must wait for "${dep}" with condition service_healthy`);
  return errors;
}

// ---------------------------------------------------------------- builds: context, Dockerfile, COPY sources
function dockerfileInstructions(text) {
  const lines = [];
  let current = '';
  for (const raw of text.split(/\r?\n/)) {
    if (current === '' && /^\s*#/.test(raw)) continue; // comment (parser directives included)
    if (/^\s*#/.test(raw)) continue; // comment inside a continued instruction
    if (/\\\s*$/.test(raw)) {
      current += raw.replace(/\\\s*$/, ' ');
      continue;
    }
    current += raw;
    if (current.trim()) lines.push(current.trim());
    current = '';
  }
  if (current.trim()) lines.push(current.trim());
  return lines.map((line) => {
    const [keyword, ...rest] = line.split(/\s+/);
    return { keyword: keyword.toUpperCase(), args: rest.join(' ') };
  });
}
function checkBuilds(model, projectDir) {
  const errors = [];
  const seen = new Set();
  for (const [name, service] of Object.entries(model.services ?? {})) {
    if (!isMap(service) || !service.build) continue;
    const build = isMap(service.build) ? service.build : { context: service.build };
    const context = resolve(projectDir, build.context ?? '.');
    const dockerfile = resolve(context, build.dockerfile ?? 'Dockerfile');
    const key = `${context}\n${dockerfile}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const where = `services.${name}.build`;
    if (/^[a-z]+:\/\//i.test(build.context ?? '')) continue; // a remote context: nothing to check here
    if (!existsSync(context)) {
      errors.push(`${where}: context ${show(context)} does not exist`);
      continue;
    }
    if (build.dockerfile_inline !== undefined) continue;
    if (!existsSync(dockerfile)) {
      errors.push(`${where}: Dockerfile ${show(dockerfile)} does not exist`);
      continue;
    }
    // <Dockerfile>.dockerignore takes precedence over <context>/.dockerignore, as in BuildKit
    const ignoreFile = [`${dockerfile}.dockerignore`, resolve(context, '.dockerignore')].find((f) => existsSync(f));
    const ignored = ignoreFile ? dockerignore().add(readFileSync(ignoreFile, 'utf8')) : { ignores: () => false };
    const stages = new Set();
    let stageCount = 0;
    for (const { keyword, args } of dockerfileInstructions(readFileSync(dockerfile, 'utf8'))) {
      if (keyword === 'FROM') {
        const m = /\bAS\s+(\S+)\s*$/i.exec(args);
        if (m) stages.add(m[1].toLowerCase());
        stageCount += 1;
        continue;
      }
      if (keyword !== 'COPY' && keyword !== 'ADD') continue;
      let words;
      const flags = [];
      const json = /^((?:--\S+\s+)*)(\[.*\])\s*$/.exec(args);
      if (json) {
        flags.push(...json[1].trim().split(/\s+/).filter(Boolean));
        try {
          words = JSON.parse(json[2]);
        } catch {
          errors.push(`${show(dockerfile)}: ${keyword} ${args}: invalid JSON form`);
          continue;
        }
      } else {
        words = args.split(/\s+/).filter(Boolean);
        while (words[0]?.startsWith('--')) flags.push(words.shift());
      }
      const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
      if (from !== undefined) {
        const known = stages.has(from.toLowerCase()) || (/^\d+$/.test(from) && Number(from) < stageCount);
        if (!known && !/[:/]/.test(from)) errors.push(`${show(dockerfile)}: ${keyword} --from=${from}: no earlier stage of that name`);
        continue; // sources come from a stage or an image, not from the context
      }
      if (words.length < 2) {
        errors.push(`${show(dockerfile)}: ${keyword} ${args}: needs a source and a destination`);
        continue;
      }
      for (const source of words.slice(0, -1)) {
        if (/^[a-z]+:\/\//i.test(source) || /[*?[]/.test(source) || source.includes('$')) continue; // URL, glob or variable
        const rel = relative(context, resolve(context, source)).replaceAll('\\', '/');
        if (rel.startsWith('..')) errors.push(`${show(dockerfile)}: ${keyword} ${source}: outside the build context`);
        else if (!existsSync(resolve(context, source))) errors.push(`${show(dockerfile)}: ${keyword} ${source}: not found in the build context ${show(context)}`);
        else if (rel && rel !== '.' && ignored.ignores(rel)) errors.push(`${show(dockerfile)}: ${keyword} ${source}: excluded by ${show(ignoreFile)}`);
      }
    }
    if (stageCount === 0) errors.push(`${show(dockerfile)}: no FROM instruction`);
  }
  return errors;
}

// ---------------------------------------------------------------- run
function schemaErrors(model) {
  if (validateSchema(model)) return [];
  return validateSchema.errors.map((e) => {
    const where = e.instancePath ? e.instancePath.slice(1).replaceAll('/', '.') : '(top level)';
    const detail = e.params?.additionalProperty ? ` "${e.params.additionalProperty}"` : e.params?.allowedValues ? ` ${JSON.stringify(e.params.allowedValues)}` : '';
    return `${where}: ${e.message}${detail}`;
  });
}

let failed = false;
for (const files of projects) {
  const label = files.map(show).join(' + ');
  const errors = [];
  const env = {}; // a clean environment: the result does not depend on the caller's shell
  const ctx = { used: new Set(), required: new Map(), errors: [], placeholders: true };
  const models = [];
  for (const file of files) {
    const doc = parseDocument(readFileSync(file, 'utf8'), { merge: true, uniqueKeys: true, prettyErrors: true });
    if (doc.errors.length > 0) {
      errors.push(...doc.errors.map((e) => `${show(file)}: YAML: ${e.message}`));
      continue;
    }
    const raw = doc.toJS({ maxAliasCount: 1000 });
    if (!isMap(raw)) {
      errors.push(`${show(file)}: not a mapping`);
      continue;
    }
    const before = ctx.errors.length;
    const model = interpolate(raw, env, ctx, '');
    errors.push(...ctx.errors.slice(before).map((e) => `${show(file)}: ${e}`));
    errors.push(...schemaErrors(model).map((e) => `${show(file)}: ${e}`));
    models.push(model);
  }
  if (errors.length === 0) {
    const merged = mergeModels(models);
    if (files.length > 1) errors.push(...schemaErrors(merged).map((e) => `merged: ${e}`));
    errors.push(...checkReferences(merged));
    errors.push(...checkBuilds(merged, dirname(files[0])));
    if (projectChecks) errors.push(...checkProject(merged, ctx.required));
    if (printFlag === '1') console.log(`# ${label}\n${stringify(merged)}`);
    if (errors.length === 0) {
      const services = Object.keys(merged.services ?? {});
      const required = [...ctx.required.keys()];
      console.log(`ok    ${label}`);
      console.log(`      services: ${services.join(', ')}`);
      if (required.length) console.log(`      required from the environment: ${required.join(', ')}`);
      continue;
    }
  }
  failed = true;
  console.log(`FAIL  ${label}`);
  for (const e of errors) console.log(`      ${e}`);
}
process.exit(failed ? 1 : 0);
JS

PROJECTS_JSON="$(printf '%s\0' "${PROJECTS[@]}" | node -e '
  const chunks = []; process.stdin.on("data", (c) => chunks.push(c)).on("end", () => {
    const projects = Buffer.concat(chunks).toString("utf8").split("\0").filter(Boolean).map((p) => p.split("\n"));
    process.stdout.write(JSON.stringify(projects));
  });')"

status=0
# A clean environment for the validator, so that the caller's variables cannot change the outcome.
env -i PATH="$PATH" HOME="${HOME:-/tmp}" node "$VALIDATOR" "$SCHEMA" "$PROJECTS_JSON" "$PROJECT_CHECKS" "$PWD" \
  "${VALIDATE_COMPOSE_PRINT:-0}" || status=$?

# ---- optional cross-check with Debian's docker-compose (v1)
if [ "${VALIDATE_COMPOSE_V1:-0}" = "1" ] && [ "$status" -eq 0 ]; then
  if ! command -v docker-compose >/dev/null; then
    echo "validate-compose: installing Debian's docker-compose"
    if [ "$(id -u)" -ne 0 ]; then
      echo "validate-compose: VALIDATE_COMPOSE_V1=1 needs root to apt-get install docker-compose" >&2
      exit 2
    fi
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends docker-compose) >"$TMP_DIR/apt.log" 2>&1 ||
      {
        cat "$TMP_DIR/apt.log" >&2
        exit 2
      }
  fi
  for project in "${PROJECTS[@]}"; do
    args=()
    n=0
    while IFS= read -r file; do
      n=$((n + 1))
      copy="$TMP_DIR/v1-$n-$(basename "$file")"
      grep -v '^name:' "$file" >"$copy"
      args+=(-f "$copy")
    done <<<"$project"
    # relative paths (build contexts) resolve from the first file's directory, as with the originals
    project_dir="$(dirname "$(head -n1 <<<"$project")")"
    label="$(tr '\n' ' ' <<<"$project")"
    if env -i PATH="$PATH" HOME="${HOME:-/tmp}" BOOTSTRAP_ADMIN_TOKEN=placeholder-token-0123456789abcdef \
      POSTGRES_PASSWORD=placeholder docker-compose --project-directory "$project_dir" "${args[@]}" config -q 2>"$TMP_DIR/v1.log"; then
      echo "ok    docker-compose v1 config: $label"
    else
      echo "FAIL  docker-compose v1 config: $label"
      sed 's/^/      /' "$TMP_DIR/v1.log"
      status=1
    fi
  done
fi

exit "$status"
