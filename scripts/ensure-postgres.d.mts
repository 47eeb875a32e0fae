/** The folder of initdb, pg_ctl and postgres: $PG_BIN, else the newest /usr/lib/postgresql/<n>/bin. */
export function postgresBin(): string | undefined;
/** Install Debian's postgresql when missing and root; false (with instructions printed) otherwise. */
export function ensurePostgres(): boolean;
