-- One database per service (service mode): each service owns its data and reaches others only by messages.
-- Run as a PostgreSQL superuser, naming the password of the services' role (created when missing):
--   psql -h <host> -U postgres -v senha='<senha>' -f deploy/postgres/init.sql
-- Running it again changes nothing. The compose file runs it with the role already created by the image.
\set ON_ERROR_STOP on

\if :{?senha}
SELECT format('CREATE ROLE licenciamento LOGIN PASSWORD %L', :'senha')
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'licenciamento') \gexec
\endif

SELECT format('CREATE DATABASE %I OWNER licenciamento', banco)
FROM unnest(ARRAY['licenca_command', 'licenca_query', 'pessoa', 'auth', 'notificacao']) AS banco
WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = banco) \gexec
