-- Schema version 7: per-centre overrides of the document templates (the shipped defaults live in
-- resources/documents). Saving an override adds a version; at most one version of a code is active, and
-- "restore default" deactivates them all, so the history is kept.
CREATE TABLE document_templates (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL CHECK (code <> ''),
    version    INTEGER NOT NULL CHECK (version > 0),
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')),
    created_by TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 0 CHECK (active IN (0, 1)),
    UNIQUE (code, version)
);
CREATE UNIQUE INDEX document_templates_one_active ON document_templates (code) WHERE active = 1;
