#!/usr/bin/env node
// Offline validation of rendered Kustomize output (see deploy/k8s/README.md, "Validation").
//
//   node validate.mjs [--dashboard FILE]... [--topics topics.conf] RENDERED.yaml...
//
// Every document of every RENDERED.yaml goes through four checks; any finding exits 1 and
// names the file, the resource (kind namespace/name) and the field:
//   1. schema  -- the JSON Schema of its apiVersion/kind, from the npm packages
//                 kubernetes-models (Kubernetes 1.3x), @kubernetes-models/strimzi-kafka-operator,
//                 @kubernetes-models/cloudnative-pg and @kubernetes-models/prometheus-operator
//                 (types, required fields, enums, formats). An apiVersion/kind without a
//                 schema is an error ("unknown kind"), never skipped.
//   2. strict  -- unknown fields (typos such as `replica:`), which the schema check lets
//                 through: every resource is type-checked by the TypeScript compiler against
//                 the same packages' generated interfaces, whose excess-property check
//                 rejects any field the API does not define.
//   3. suite   -- the suite's own rules: probes, limits, non-root security context, secrets
//                 only by secretKeyRef, references that must resolve (ConfigMaps, Secrets,
//                 HPA targets, selectors, Kafka cluster, CNPG cluster), topic replication vs
//                 brokers, alert rules well-formed.
//                 With --topics FILE: the KafkaTopics match deploy/local/topics.conf.
//   4. promql  -- every PromQL expression (PrometheusRule and the Grafana dashboard) parses
//                 (@prometheus-io/lezer-promql, the parser of Prometheus' own UI).
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, dirname, basename } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import { parser as promqlParser } from "@prometheus-io/lezer-promql";

const HERE = dirname(fileURLToPath(import.meta.url));

// Secrets that the repository references but never contains: created by an operator or by ops.
// "<cluster>-app" of every CloudNativePG Cluster is added at run time (CNPG creates it).
const EXTERNAL_SECRETS = new Set(["pg-backup-s3"]);
const SECRET_NAME = /(PASSWORD|PASSWD|SECRET|TOKEN|PRIVATE_KEY|CREDENTIALS?)$/i;

// apiVersion group -> module prefix of the package holding its models.
const PACKAGES = {
  "": "kubernetes-models",
  "kafka.strimzi.io": "@kubernetes-models/strimzi-kafka-operator/kafka.strimzi.io",
  "core.strimzi.io": "@kubernetes-models/strimzi-kafka-operator/core.strimzi.io",
  "postgresql.cnpg.io": "@kubernetes-models/cloudnative-pg/postgresql.cnpg.io",
  "monitoring.coreos.com": "@kubernetes-models/prometheus-operator/monitoring.coreos.com",
};
const K8S_GROUPS = new Set([
  "apps", "batch", "policy", "autoscaling", "networking.k8s.io", "rbac.authorization.k8s.io",
  "admissionregistration.k8s.io", "apiextensions.k8s.io", "coordination.k8s.io",
  "discovery.k8s.io", "scheduling.k8s.io", "storage.k8s.io", "node.k8s.io", "certificates.k8s.io",
]);

function modulePath(apiVersion, kind) {
  if (typeof apiVersion !== "string" || typeof kind !== "string" || !/^[A-Z][A-Za-z0-9]*$/.test(kind)) return null;
  const [group, version] = apiVersion.includes("/") ? apiVersion.split("/") : ["", apiVersion];
  if (!/^v\d+((alpha|beta)\d+)?$/.test(version || "")) return null;
  if (group === "") return `kubernetes-models/${version}/${kind}`;
  if (K8S_GROUPS.has(group)) return `kubernetes-models/${group}/${version}/${kind}`;
  const pkg = PACKAGES[group];
  return pkg ? `${pkg}/${version}/${kind}` : null;
}

const findings = [];
let current = "";
function fail(res, field, message) {
  findings.push(`${current}: ${res ? describe(res) : "(document)"}: ${field ? field + ": " : ""}${message}`);
}
function describe(r) {
  const ns = r?.metadata?.namespace ? `${r.metadata.namespace}/` : "";
  return `${r?.kind ?? "<no kind>"} ${ns}${r?.metadata?.name ?? "<no name>"}`;
}
function jsonPath(instancePath) {
  // "/spec/template/spec/containers/0/ports/0/containerPort" -> spec.template.spec.containers[0].ports[0].containerPort
  return instancePath.split("/").slice(1).map(s => s.replace(/~1/g, "/").replace(/~0/g, "~"))
    .reduce((acc, s) => /^\d+$/.test(s) ? `${acc}[${s}]` : acc ? `${acc}.${s}` : s, "") || "(root)";
}

// ---------- 1. schema ----------
const modelCache = new Map();
async function loadModel(path, kind) {
  if (!modelCache.has(path)) {
    modelCache.set(path, import(path).then(m => m[kind] ?? null, () => null));
  }
  return modelCache.get(path);
}

async function schemaCheck(doc) {
  const path = modulePath(doc.apiVersion, doc.kind);
  const Model = path && await loadModel(path, doc.kind);
  if (!Model) {
    fail(doc, "apiVersion/kind", `unknown kind "${doc.kind}" in "${doc.apiVersion}": no schema for it (known groups: core, ${[...K8S_GROUPS].join(", ")}, ${Object.keys(PACKAGES).filter(Boolean).join(", ")})`);
    return null;
  }
  try {
    new Model(doc).validate();
  } catch (e) {
    const errs = e.errors ?? e.details ?? [{ instancePath: "", message: e.message }];
    for (const err of errs) {
      const extra = err.params?.missingProperty ? ` (${err.params.missingProperty})`
        : err.params?.allowedValues ? ` (${err.params.allowedValues.join(", ")})` : "";
      fail(doc, jsonPath(err.instancePath ?? ""), `${err.message}${extra}`);
    }
  }
  return path;
}

// ---------- 2. strict (unknown fields) through TypeScript ----------
// Serialises a value as a JS literal on one line and records, for each property, the column
// where it starts, so that a compiler error's column maps back to the field's path.
function literal(value, path, marks, out) {
  if (Array.isArray(value)) {
    out.s += "[";
    value.forEach((v, i) => { if (i) out.s += ","; literal(v, `${path}[${i}]`, marks, out); });
    out.s += "]";
  } else if (value && typeof value === "object") {
    out.s += "{";
    Object.entries(value).forEach(([k, v], i) => {
      if (i) out.s += ",";
      const p = path ? `${path}.${k}` : k;
      marks.push([out.s.length, p]);
      out.s += JSON.stringify(k) + ":";
      literal(v, p, marks, out);
    });
    out.s += "}";
  } else {
    out.s += JSON.stringify(value === undefined ? null : value);
  }
}

function strictCheck(entries) {
  if (entries.length === 0) return;
  const dir = mkdtempSync(join(tmpdir(), "motcua-k8s-ts-"));
  try {
    const imports = new Map();
    const lines = [], meta = [];
    for (const { doc, path, file } of entries) {
      const alias = `I${doc.kind}_${imports.size}`;
      const key = `${path}#${doc.kind}`;
      if (!imports.has(key)) imports.set(key, { alias, path, kind: doc.kind });
    }
    const header = [...imports.values()].map(i => `import type { I${i.kind} as ${i.alias} } from "${i.path}";`);
    const offset = header.length;
    entries.forEach(({ doc, path, file }, n) => {
      const { alias } = imports.get(`${path}#${doc.kind}`);
      const prefix = `export const r${n}: ${alias} = `;
      const marks = [], out = { s: "" };
      literal(doc, "", marks, out);
      lines.push(prefix + out.s + ";");
      meta.push({ doc, file, prefix: prefix.length, marks });
    });
    writeFileSync(join(dir, "check.ts"), header.concat(lines).join("\n") + "\n");
    writeFileSync(join(dir, "tsconfig.json"), JSON.stringify({
      compilerOptions: {
        strict: true, noEmit: true, skipLibCheck: true, module: "nodenext", moduleResolution: "nodenext",
        target: "es2022", types: [],
      },
      files: ["check.ts"],
    }));
    // Resolution of the model packages from the temporary directory.
    execFileSync("ln", ["-s", join(HERE, "node_modules"), join(dir, "node_modules")]);
    let output = "";
    try {
      execFileSync(join(HERE, "node_modules", ".bin", "tsc"), ["-p", join(dir, "tsconfig.json")],
        { cwd: dir, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    } catch (e) {
      output = `${e.stdout ?? ""}${e.stderr ?? ""}`;
      if (!output.trim()) throw e;
    }
    for (const line of output.split("\n")) {
      const m = /^check\.ts\((\d+),(\d+)\): error (TS\d+): (.*)$/.exec(line.trim());
      if (!m) {
        if (line.trim() && !/^\s/.test(line)) findings.push(`(typescript) ${line.trim()}`);
        continue;
      }
      const row = Number(m[1]) - 1 - offset, col = Number(m[2]) - 1;
      const entry = meta[row];
      if (!entry) { findings.push(`(typescript) ${line.trim()}`); continue; }
      const at = col - entry.prefix;
      let field = "(root)";
      for (const [pos, p] of entry.marks) { if (pos <= at) field = p; else break; }
      const message = m[4].replace(/'"([^"']*)"'/g, "'$1'")
        .replace(/Object literal may only specify known properties, and '([^']+)' does not exist in type '.*'\.?$/, "unknown field \"$1\" (not in the API schema)")
        .replace(/Object literal may only specify known properties, but '([^']+)' does not exist in type '.*'\. Did you mean to write '([^']+)'\?$/, "unknown field \"$1\" (did you mean \"$2\"?)");
      current = entry.file;
      fail(entry.doc, field, `${message} [strict]`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------- 3. suite rules ----------
function labelsMatch(selector, labels) {
  if (!selector) return false;
  const ml = selector.matchLabels ?? {};
  if (!Object.entries(ml).every(([k, v]) => labels?.[k] === v)) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = labels && Object.prototype.hasOwnProperty.call(labels, e.key);
    if (e.operator === "Exists" && !has) return false;
    if (e.operator === "DoesNotExist" && has) return false;
    if (e.operator === "In" && !(has && e.values.includes(labels[e.key]))) return false;
    if (e.operator === "NotIn" && has && e.values.includes(labels[e.key])) return false;
  }
  return true;
}

function suiteRules(docs) {
  const byKind = k => docs.filter(d => d.kind === k);
  const names = k => new Set(byKind(k).map(d => d.metadata?.name));
  const configMaps = names("ConfigMap");
  const secrets = new Set([...names("Secret"), ...EXTERNAL_SECRETS,
    ...byKind("Cluster").filter(d => d.apiVersion?.startsWith("postgresql.cnpg.io")).map(d => `${d.metadata.name}-app`)]);
  const deployments = byKind("Deployment");

  for (const d of docs) {
    if (d.kind === "Secret" && (d.data || d.stringData)) fail(d, "data", "a Secret with values is committed: secrets are created out of band and referenced by secretKeyRef");
    if (d.kind === "ConfigMap") {
      for (const k of Object.keys(d.data ?? {})) if (SECRET_NAME.test(k)) fail(d, `data.${k}`, "looks like a secret: use a Secret and secretKeyRef");
    }
  }

  for (const d of deployments) {
    const spec = d.spec?.template?.spec ?? {};
    const podLabels = d.spec?.template?.metadata?.labels ?? {};
    if (!labelsMatch(d.spec?.selector, podLabels)) fail(d, "spec.selector", "does not match the pod template's labels");
    if (spec.automountServiceAccountToken !== false) fail(d, "spec.template.spec.automountServiceAccountToken", "must be false");
    const psc = spec.securityContext ?? {};
    if (psc.runAsNonRoot !== true) fail(d, "spec.template.spec.securityContext.runAsNonRoot", "must be true");
    if (psc.seccompProfile?.type !== "RuntimeDefault") fail(d, "spec.template.spec.securityContext.seccompProfile.type", "must be RuntimeDefault");
    if (spec.serviceAccountName && !names("ServiceAccount").has(spec.serviceAccountName)) fail(d, "spec.template.spec.serviceAccountName", `ServiceAccount "${spec.serviceAccountName}" is not rendered`);
    const envValue = (c, name) => (c.env ?? []).find(e => e.name === name)?.value;
    const migrates = (spec.initContainers ?? []).some(c => envValue(c, "QUARKUS_INIT_AND_EXIT") === "true");
    // Init containers have the service containers' rules, but probes (they have none) and the migration switch.
    const all = [...(spec.containers ?? []).map((c, i) => [c, `spec.template.spec.containers[${i}]`, false]),
      ...(spec.initContainers ?? []).map((c, i) => [c, `spec.template.spec.initContainers[${i}]`, true])];
    all.forEach(([c, at, init]) => {
      if (!init && envValue(c, "QUARKUS_FLYWAY_MIGRATE_AT_START") === "false" && !migrates) {
        fail(d, `${at}.env.QUARKUS_FLYWAY_MIGRATE_AT_START`, "is false, but no init container migrates (QUARKUS_INIT_AND_EXIT=true)");
      }
      for (const [probe, path] of [["startupProbe", "/q/health/started"], ["livenessProbe", "/q/health/live"], ["readinessProbe", "/q/health/ready"]]) {
        if (!init && c[probe]?.httpGet?.path !== path) fail(d, `${at}.${probe}`, `must be an httpGet on ${path}`);
      }
      for (const kind of ["requests", "limits"]) for (const r of ["cpu", "memory"]) {
        if (c.resources?.[kind]?.[r] === undefined) fail(d, `${at}.resources.${kind}.${r}`, "is required");
      }
      const sc = c.securityContext ?? {};
      if (sc.readOnlyRootFilesystem !== true) fail(d, `${at}.securityContext.readOnlyRootFilesystem`, "must be true");
      if (sc.allowPrivilegeEscalation !== false) fail(d, `${at}.securityContext.allowPrivilegeEscalation`, "must be false");
      if (!(sc.capabilities?.drop ?? []).includes("ALL")) fail(d, `${at}.securityContext.capabilities.drop`, "must contain ALL");
      if (sc.readOnlyRootFilesystem === true && !(c.volumeMounts ?? []).some(m => m.mountPath === "/tmp")) fail(d, `${at}.volumeMounts`, "a read-only root filesystem needs a writable /tmp (emptyDir)");
      if (/:latest$|^[^:@]+$/.test(c.image ?? "")) fail(d, `${at}.image`, `"${c.image}" is not pinned (a tag other than latest, or a digest)`);
      (c.env ?? []).forEach((e, j) => {
        if (SECRET_NAME.test(e.name) && (e.value !== undefined || !e.valueFrom?.secretKeyRef)) fail(d, `${at}.env[${j}].${e.name}`, "a secret must come from valueFrom.secretKeyRef, never a value");
        const ref = e.valueFrom?.secretKeyRef;
        if (ref && !secrets.has(ref.name)) fail(d, `${at}.env[${j}].valueFrom.secretKeyRef.name`, `Secret "${ref.name}" is neither rendered, created by CloudNativePG, nor a documented external Secret`);
        const cm = e.valueFrom?.configMapKeyRef;
        if (cm && !configMaps.has(cm.name)) fail(d, `${at}.env[${j}].valueFrom.configMapKeyRef.name`, `ConfigMap "${cm.name}" is not rendered`);
      });
      (c.envFrom ?? []).forEach((e, j) => {
        if (e.configMapRef && !configMaps.has(e.configMapRef.name)) fail(d, `${at}.envFrom[${j}].configMapRef.name`, `ConfigMap "${e.configMapRef.name}" is not rendered`);
        if (e.secretRef && !secrets.has(e.secretRef.name)) fail(d, `${at}.envFrom[${j}].secretRef.name`, `Secret "${e.secretRef.name}" is unknown`);
      });
    });
  }
  const selects = (sel, what) => deployments.some(dep => labelsMatch(sel, dep.spec?.template?.metadata?.labels));
  for (const s of byKind("Service")) {
    if (s.spec?.selector && !selects({ matchLabels: s.spec.selector })) fail(s, "spec.selector", "selects no Deployment's pods");
  }
  for (const p of byKind("PodDisruptionBudget")) if (!selects(p.spec?.selector)) fail(p, "spec.selector", "selects no Deployment's pods");
  for (const h of byKind("HorizontalPodAutoscaler")) {
    const t = h.spec?.scaleTargetRef;
    if (!docs.some(d => d.kind === t?.kind && d.metadata?.name === t?.name)) fail(h, "spec.scaleTargetRef", `${t?.kind} "${t?.name}" is not rendered`);
    if (h.spec?.minReplicas > h.spec?.maxReplicas) fail(h, "spec.minReplicas", "is above maxReplicas");
  }
  for (const i of byKind("Ingress")) {
    for (const [ri, rule] of (i.spec?.rules ?? []).entries()) for (const [pi, p] of (rule.http?.paths ?? []).entries()) {
      const name = p.backend?.service?.name;
      if (name && !names("Service").has(name)) fail(i, `spec.rules[${ri}].http.paths[${pi}].backend.service.name`, `Service "${name}" is not rendered`);
    }
  }
  // Kafka (Strimzi)
  const kafkas = byKind("Kafka");
  for (const k of kafkas) {
    const a = k.metadata?.annotations ?? {};
    if (a["strimzi.io/kraft"] !== "enabled" || a["strimzi.io/node-pools"] !== "enabled") fail(k, "metadata.annotations", "KRaft with node pools needs strimzi.io/kraft: enabled and strimzi.io/node-pools: enabled");
  }
  const brokers = c => byKind("KafkaNodePool").filter(p => p.metadata?.labels?.["strimzi.io/cluster"] === c && (p.spec?.roles ?? []).includes("broker")).reduce((n, p) => n + (p.spec?.replicas ?? 0), 0);
  for (const p of byKind("KafkaNodePool")) {
    const c = p.metadata?.labels?.["strimzi.io/cluster"];
    if (!kafkas.some(k => k.metadata?.name === c)) fail(p, "metadata.labels.strimzi.io/cluster", `Kafka "${c}" is not rendered`);
  }
  for (const k of kafkas) {
    const cfg = k.spec?.kafka?.config ?? {}, n = brokers(k.metadata?.name);
    for (const key of ["default.replication.factor", "offsets.topic.replication.factor", "transaction.state.log.replication.factor"]) {
      if (cfg[key] > n) fail(k, `spec.kafka.config.${key}`, `${cfg[key]} is more than the ${n} broker(s) of the node pools`);
    }
    if (cfg["min.insync.replicas"] > cfg["default.replication.factor"]) fail(k, "spec.kafka.config.min.insync.replicas", "is above default.replication.factor");
  }
  for (const t of byKind("KafkaTopic")) {
    const c = t.metadata?.labels?.["strimzi.io/cluster"];
    if (!kafkas.some(k => k.metadata?.name === c)) { fail(t, "metadata.labels.strimzi.io/cluster", `Kafka "${c}" is not rendered`); continue; }
    const n = brokers(c), r = t.spec?.replicas, isr = t.spec?.config?.["min.insync.replicas"];
    if (r > n) fail(t, "spec.replicas", `${r} replicas but only ${n} broker(s)`);
    if (isr !== undefined && r !== undefined && isr > r) fail(t, "spec.config.min.insync.replicas", `${isr} is above spec.replicas ${r}`);
    if (r >= 3 && isr !== undefined && isr < 2) fail(t, "spec.config.min.insync.replicas", "must be at least 2 with 3 replicas");
  }
  // PostgreSQL (CloudNativePG)
  const clusters = names("Cluster");
  for (const b of byKind("ScheduledBackup")) {
    if (!clusters.has(b.spec?.cluster?.name)) fail(b, "spec.cluster.name", `Cluster "${b.spec?.cluster?.name}" is not rendered`);
    const c = byKind("Cluster").find(x => x.metadata?.name === b.spec?.cluster?.name);
    if (c && (b.spec?.method ?? "barmanObjectStore") === "barmanObjectStore" && !c.spec?.backup?.barmanObjectStore) fail(b, "spec.method", `Cluster "${c.metadata.name}" has no backup.barmanObjectStore`);
  }
  for (const c of byKind("Cluster")) {
    const s3 = c.spec?.backup?.barmanObjectStore?.s3Credentials;
    for (const key of ["accessKeyId", "secretAccessKey"]) {
      if (s3?.[key] && !secrets.has(s3[key].name)) fail(c, `spec.backup.barmanObjectStore.s3Credentials.${key}.name`, `Secret "${s3[key].name}" is unknown`);
    }
  }
  // Prometheus rules
  for (const r of byKind("PrometheusRule")) {
    (r.spec?.groups ?? []).forEach((g, gi) => (g.rules ?? []).forEach((rule, ri) => {
      const at = `spec.groups[${gi}].rules[${ri}]`;
      const err = promqlError(String(rule.expr ?? ""));
      if (err) fail(r, `${at}.expr`, `PromQL does not parse: ${err}`);
      if (rule.alert) {
        if (!rule.labels?.severity) fail(r, `${at}.labels.severity`, `alert ${rule.alert} needs a severity`);
        if (!rule.annotations?.summary) fail(r, `${at}.annotations.summary`, `alert ${rule.alert} needs a summary`);
      }
    }));
  }
  // Grafana dashboards shipped as ConfigMaps
  for (const cm of byKind("ConfigMap")) {
    if (cm.metadata?.labels?.grafana_dashboard === undefined) continue;
    for (const [key, text] of Object.entries(cm.data ?? {})) lintDashboard(text, `${describe(cm)} data.${key}`);
  }
}

// The KafkaTopics must be the topics of deploy/local/topics.conf (itself kept in step with
// org.motcua.contracts.Topics): same names, partitions, cleanup policy and retention.
function topicDrift(docs) {
  const seen = new Set();
  for (const t of docs.filter(d => d.kind === "KafkaTopic")) {
    const name = t.spec?.topicName ?? t.metadata?.name, want = expectedTopics.get(name);
    seen.add(name);
    if (!want) { fail(t, "spec.topicName", `"${name}" is not in ${basename(topicsConf)}`); continue; }
    if (t.spec?.partitions !== want.partitions) fail(t, "spec.partitions", `${t.spec?.partitions}, but ${basename(topicsConf)} says ${want.partitions}`);
    const policy = t.spec?.config?.["cleanup.policy"] ?? "delete";
    if (policy !== want.policy) fail(t, "spec.config.cleanup.policy", `${policy}, but ${basename(topicsConf)} says ${want.policy}`);
    const retention = Number(t.spec?.config?.["retention.ms"] ?? 604800000);
    if (retention !== want.retention) fail(t, "spec.config.retention.ms", `${retention}, but ${basename(topicsConf)} says ${want.retention}`);
  }
  for (const name of expectedTopics.keys()) if (!seen.has(name)) fail(null, "KafkaTopic", `topic "${name}" of ${basename(topicsConf)} has no KafkaTopic`);
}

// ---------- 4. PromQL and dashboards ----------
function promqlError(expr) {
  // Grafana variables are not PromQL: substitute harmless values first.
  const q = expr.replace(/\$__(rate_)?interval|\$__range/g, "5m").replace(/\$\{?[A-Za-z_]\w*\}?/g, "x");
  if (!q.trim()) return "empty expression";
  let at = -1;
  promqlParser.parse(q).iterate({ enter: n => { if (n.type.isError && at < 0) at = n.from; } });
  return at < 0 ? null : `syntax error at column ${at + 1}: ...${q.slice(Math.max(0, at - 20), at + 20)}...`;
}

function lintDashboard(text, where) {
  const before = findings.length;
  let d;
  try { d = JSON.parse(text); } catch (e) { findings.push(`${where}: not valid JSON: ${e.message}`); return; }
  const f = (field, msg) => findings.push(`${where}: ${field}: ${msg}`);
  if (typeof d !== "object" || d === null || Array.isArray(d)) return f("(root)", "must be a JSON object (a Grafana dashboard)");
  if (typeof d.title !== "string" || !d.title) f("title", "is required");
  if (typeof d.uid !== "string" || !/^[A-Za-z0-9_-]{1,40}$/.test(d.uid)) f("uid", "must be 1-40 characters [A-Za-z0-9_-]");
  if (!Number.isInteger(d.schemaVersion)) f("schemaVersion", "must be an integer");
  if (!Array.isArray(d.panels) || d.panels.length === 0) return f("panels", "must be a non-empty array");
  const vars = new Set((d.templating?.list ?? []).map(v => v.name));
  const ids = new Set();
  const walk = (panels, base) => panels.forEach((p, i) => {
    const at = `${base}[${i}]`;
    if (!Number.isInteger(p.id)) f(`${at}.id`, "must be an integer");
    else if (ids.has(p.id)) f(`${at}.id`, `duplicate panel id ${p.id}`); else ids.add(p.id);
    if (typeof p.type !== "string") f(`${at}.type`, "is required");
    const g = p.gridPos;
    if (!g || !["h", "w", "x", "y"].every(k => Number.isInteger(g[k])) || g.x + g.w > 24) f(`${at}.gridPos`, "needs integer h, w, x, y within 24 columns");
    if (p.type === "row") { walk(p.panels ?? [], `${at}.panels`); return; }
    if (!Array.isArray(p.targets) || p.targets.length === 0) f(`${at}.targets`, `panel "${p.title}" has no query`);
    (p.targets ?? []).forEach((t, j) => {
      const err = promqlError(String(t.expr ?? ""));
      if (err) f(`${at}.targets[${j}].expr`, `PromQL does not parse: ${err}`);
      for (const m of String(t.expr ?? "").matchAll(/\$\{?([A-Za-z_]\w*)\}?/g)) {
        if (!m[1].startsWith("__") && !vars.has(m[1])) f(`${at}.targets[${j}].expr`, `uses undefined variable $${m[1]}`);
      }
    });
  });
  walk(d.panels, "panels");
  return findings.length === before;
}

// ---------- main ----------
const args = process.argv.slice(2);
const dashboards = [], files = [];
let topicsConf = null;
for (let i = 0; i < args.length; i++) {
  if (args[i] === "--dashboard") dashboards.push(args[++i]);
  else if (args[i] === "--topics") topicsConf = args[++i];
  else files.push(args[i]);
}
// deploy/local/topics.conf: "name partitions cleanup.policy retention.ms" per line.
const expectedTopics = topicsConf && new Map(readFileSync(topicsConf, "utf8").split("\n")
  .map(l => l.trim()).filter(l => l && !l.startsWith("#")).map(l => l.split(/\s+/))
  .map(([name, partitions, policy, retention]) => [name, { partitions: Number(partitions), policy, retention: Number(retention) }]));
if (files.length === 0 && dashboards.length === 0) {
  console.error("usage: node validate.mjs [--dashboard FILE]... [--topics topics.conf] RENDERED.yaml...");
  process.exit(2);
}
let total = 0;
const strictEntries = [];
for (const file of files) {
  current = basename(file);
  const docs = [];
  for (const ydoc of parseAllDocuments(readFileSync(file, "utf8"))) {
    if (ydoc.errors.length) { for (const e of ydoc.errors) fail(null, "", `YAML: ${e.message}`); continue; }
    const doc = ydoc.toJS();
    if (doc === null || doc === undefined) continue;
    if (typeof doc !== "object" || Array.isArray(doc)) { fail(null, "", "a resource must be a YAML mapping"); continue; }
    docs.push(doc);
  }
  total += docs.length;
  for (const doc of docs) {
    const path = await schemaCheck(doc);
    if (path) strictEntries.push({ doc, path, file: current });
  }
  suiteRules(docs);
  if (expectedTopics && docs.some(d => d.kind === "KafkaTopic")) topicDrift(docs);
}
strictCheck(strictEntries);
for (const file of dashboards) {
  current = basename(file);
  lintDashboard(readFileSync(file, "utf8"), basename(file));
}
if (findings.length) {
  for (const f of findings) console.error(`FAIL ${f}`);
  console.error(`${findings.length} finding(s) in ${total} resource(s)`);
  process.exit(1);
}
console.log(`ok: ${total} resource(s) in ${files.length} rendering(s) valid (schema, strict, suite rules, PromQL)${dashboards.length ? `; ${dashboards.length} dashboard(s) valid` : ""}`);
