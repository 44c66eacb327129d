-- One database per service (service mode): each service owns its data and reaches others only by messages.
CREATE DATABASE licenca_command OWNER licenciamento;
CREATE DATABASE licenca_query OWNER licenciamento;
CREATE DATABASE pessoa OWNER licenciamento;
CREATE DATABASE auth OWNER licenciamento;
CREATE DATABASE notificacao OWNER licenciamento;
