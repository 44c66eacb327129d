-- Protocol numbers of filed requests (year/sequence).
CREATE SEQUENCE numero_protocolo_seq INCREMENT BY 1 START WITH 1;
