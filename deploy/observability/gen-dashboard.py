#!/usr/bin/env python3
"""Writes grafana-dashboard.json. The JSON is committed; edit this script and re-run it
(`python3 deploy/observability/gen-dashboard.py`) rather than editing the JSON by hand, or
edit in Grafana, export, and port the change back here."""
import json, pathlib

DS = {"type": "prometheus", "uid": "${datasource}"}
SVC = 'service=~"$service"'
panels, pid = [], [0]
y = [0]

def nid():
    pid[0] += 1
    return pid[0]

def row(title):
    panels.append({"type": "row", "id": nid(), "title": title, "collapsed": False,
                   "gridPos": {"h": 1, "w": 24, "x": 0, "y": y[0]}, "panels": []})
    y[0] += 1

def panel(kind, title, targets, x, w, h=8, unit=None, desc="", extra=None, newline=False):
    p = {"type": kind, "id": nid(), "title": title, "description": desc, "datasource": DS,
         "gridPos": {"h": h, "w": w, "x": x, "y": y[0]},
         "targets": [{"refId": chr(65 + i), "datasource": DS, "expr": e, "legendFormat": l,
                      "range": True} for i, (e, l) in enumerate(targets)],
         "fieldConfig": {"defaults": {"unit": unit or "short"}, "overrides": []},
         "options": {}}
    if kind == "timeseries":
        p["options"] = {"legend": {"displayMode": "table", "placement": "bottom",
                                   "calcs": ["lastNotNull", "max"]},
                        "tooltip": {"mode": "multi", "sort": "desc"}}
    if kind == "stat":
        p["options"] = {"reduceOptions": {"calcs": ["lastNotNull"], "fields": "", "values": False},
                        "colorMode": "value", "graphMode": "area", "textMode": "auto"}
    if extra:
        p["fieldConfig"]["defaults"].update(extra)
    panels.append(p)
    if newline:
        y[0] += h

def thresholds(*steps):
    return {"thresholds": {"mode": "absolute",
                           "steps": [{"color": c, "value": v} for v, c in steps]}}

row("Dossiers and cases (hồ sơ và xử lý)")
panel("stat", "Dossiers received today (hồ sơ tiếp nhận, 24 h)",
      [("sum(increase(motcua_dossiers_received_total[24h]))", "received")], 0, 4,
      desc="All channels, last 24 hours (motcua_dossiers_received_total).")
panel("stat", "Open cases (đang giải quyết)", [("max(motcua_cases_open)", "open")], 4, 4,
      desc="Cases in progress. A gauge read from processing's database: every replica reports the same value, so max() not sum().")
panel("stat", "Overdue cases (quá hạn)", [("max(motcua_cases_overdue)", "overdue")], 8, 4,
      desc="Open cases past their due date.",
      extra=thresholds((None, "green"), (1, "orange"), (20, "red")))
panel("gauge", "Open cases within deadline (trong hạn)",
      [("1 - max(motcua_cases_overdue) / clamp_min(max(motcua_cases_open), 1)", "within deadline")],
      12, 4, unit="percentunit",
      desc="Share of open cases not yet overdue = 1 - overdue / open. The on-time rate of resolved dossiers (form 06: early + on time / resolved) comes from reporting-service's reports; it is not a Prometheus metric.",
      extra={"min": 0, "max": 1, **thresholds((None, "red"), (0.9, "orange"), (0.98, "green"))})
panel("timeseries", "Dossiers received per hour by channel (kênh)",
      [("sum by (channel) (increase(motcua_dossiers_received_total[1h]))", "{{channel}}")],
      16, 8, desc="Channels: in person (trực tiếp), online (trực tuyến), postal (bưu chính).",
      newline=True)
panel("timeseries", "Open and overdue cases",
      [("max(motcua_cases_open)", "open"), ("max(motcua_cases_overdue)", "overdue")], 0, 12,
      desc="Overdue growing for an hour raises MotcuaOverdueCasesGrowing.")
panel("timeseries", "Dossiers received per 5 min, all channels",
      [("sum(increase(motcua_dossiers_received_total[5m]))", "received")], 12, 12,
      desc="Peaks at opening hours and before deadlines.", newline=True)

row("Events: outbox, Kafka, dead letters")
panel("timeseries", "Outbox pending (chờ phát)",
      [(f"max by (service) (motcua_outbox_pending{{{SVC}}})", "{{service}}"),
       (f"max by (service) (motcua_outbox_oldest_pending_age_seconds{{{SVC}}})", "{{service}} oldest (s)")], 0, 8,
      desc="Events committed but not yet published to Kafka, and the age of the oldest in seconds. "
           "Alert MotcuaOutboxLag above 100 events or 5 min old, for 5 min.",
      extra=thresholds((None, "green"), (100, "red")))
panel("timeseries", "Outbox published / s",
      [(f"sum by (service) (rate(motcua_outbox_published_total{{{SVC}}}[$__rate_interval]))", "{{service}}")],
      8, 8, unit="ops")
panel("timeseries", "Dead letters (thư chết) per 10 min",
      [(f"sum by (service) (increase(motcua_dead_letters_total{{{SVC}}}[10m]))", "{{service}}")],
      16, 8, desc="Any value above 0 raises MotcuaDeadLetter: see the runbook, section Dead letters.",
      newline=True)
panel("timeseries", "Consumer lag by group and topic",
      [('sum by (consumergroup, topic) (kafka_consumergroup_lag{consumergroup=~"$service"})',
        "{{consumergroup}} ← {{topic}}")], 0, 12,
      desc="From Strimzi's Kafka Exporter. Group ids are the service names.")
panel("timeseries", "Consumer max lag reported by the services",
      [(f"max by (service) (kafka_consumer_fetch_manager_records_lag_max{{{SVC}}})", "{{service}}")],
      12, 12, desc="The Kafka client's own view (Micrometer), per service.", newline=True)

row("HTTP and JVM")
panel("timeseries", "HTTP p99 latency per service",
      [(f'histogram_quantile(0.99, sum by (le, service) (rate(http_server_requests_seconds_bucket{{{SVC}, uri!~"/q/.*"}}[$__rate_interval])))',
        "{{service}}")], 0, 8, unit="s",
      desc="Needs histogram buckets (http_server_requests_seconds_bucket): Micrometer publishes them only when percentilesHistogram is enabled for http.server.requests (a MeterFilter in service-commons). Without it this panel and MotcuaHttpLatencyHigh have no data.")
panel("timeseries", "HTTP requests / s",
      [(f'sum by (service) (rate(http_server_requests_seconds_count{{{SVC}, uri!~"/q/.*"}}[$__rate_interval]))', "{{service}}")],
      8, 8, unit="reqps")
panel("timeseries", "HTTP 5xx ratio",
      [(f'sum by (service) (rate(http_server_requests_seconds_count{{{SVC}, status=~"5.."}}[$__rate_interval])) / sum by (service) (rate(http_server_requests_seconds_count{{{SVC}}}[$__rate_interval]))',
        "{{service}}")], 16, 8, unit="percentunit", newline=True)
panel("timeseries", "JVM heap used per pod",
      [(f'sum by (pod) (jvm_memory_used_bytes{{{SVC}, area="heap"}})', "{{pod}}")], 0, 12, unit="bytes")
panel("timeseries", "JVM memory used / max (heap + non-heap) per service",
      [(f'sum by (service, area) (jvm_memory_used_bytes{{{SVC}}}) / sum by (service, area) (jvm_memory_max_bytes{{{SVC}}} > 0)',
        "{{service}} {{area}}")], 12, 12, unit="percentunit", newline=True)
panel("stat", "Replicas up", [(f"sum by (service) (up{{{SVC}}})", "{{service}}")], 0, 24, h=4)

dashboard = {
    "uid": "motcua-overview",
    "title": "Mot Cua — one-stop procedures overview",
    "description": "Dossiers, cases, events and service health of the Mot Cua suite. Alerts: deploy/observability/prometheus-rules.yaml; runbook: docs/runbook.md.",
    "tags": ["motcua"],
    "timezone": "Asia/Ho_Chi_Minh",
    "schemaVersion": 39,
    "version": 1,
    "editable": True,
    "graphTooltip": 1,
    "refresh": "1m",
    "time": {"from": "now-24h", "to": "now"},
    "templating": {"list": [
        {"name": "datasource", "type": "datasource", "query": "prometheus", "label": "Data source",
         "current": {}, "hide": 0, "refresh": 1},
        {"name": "service", "type": "query", "label": "Service", "datasource": DS,
         "query": {"query": 'label_values(up{service=~".+-service"}, service)', "refId": "service"},
         "definition": 'label_values(up{service=~".+-service"}, service)',
         "multi": True, "includeAll": True, "allValue": ".+-service",
         "current": {"text": "All", "value": "$__all"}, "refresh": 2, "sort": 1, "hide": 0},
    ]},
    "annotations": {"list": []},
    "links": [],
    "panels": panels,
}
out = pathlib.Path(__file__).with_name("grafana-dashboard.json")
out.write_text(json.dumps(dashboard, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
print(f"wrote {out} ({len(panels)} panels)")
