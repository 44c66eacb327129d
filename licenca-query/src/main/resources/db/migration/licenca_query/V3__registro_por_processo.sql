-- The licence registry completes a licence with its filing data by process (LicencasEmitidasProjection, on every
-- filing). Without this index each filing scanned the whole registry: the 1 M-event replay of the registry ran at
-- the speed of that scan, and a live filing grew slower with every licence issued.
CREATE INDEX licenca_registro_processo_idx ON licenca_registro (processo_id);
