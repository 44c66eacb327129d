package br.licenciamento.licenca.command.importacao;

import br.licenciamento.api.comum.ChavesDeMetadados;
import br.licenciamento.api.comum.FalhaDeComando;
import br.licenciamento.api.comum.RegraVioladaException;
import br.licenciamento.api.pessoa.ConsultaDeSituacaoCadastral;
import br.licenciamento.api.pessoa.DocumentoJaRegistrado;
import br.licenciamento.api.pessoa.RegistrarPessoa;
import br.licenciamento.api.pessoa.SituacaoCadastral;
import br.licenciamento.licenca.command.acesso.Representacao;
import br.licenciamento.licenca.command.catalogo.CatalogoDeRegras;
import br.licenciamento.licenca.command.importacao.LeituraDoLote.LinhaLida;
import br.licenciamento.licenca.command.processo.HistoricoImportado;
import br.licenciamento.platform.aleatorio.Aleatorios;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.messaging.MetaData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static br.licenciamento.licenca.command.Textos.MENSAGENS;

/**
 * Imports batches of processes from an agency's former system. Every row is checked first, with the same rules the
 * process applies ({@link HistoricoImportado}); the batch is stored with each row's outcome so far, and the rows that
 * passed are then imported one by one in the background, the progress readable at any time. A row already imported
 * (same former number) is reported as such and creates nothing; a refused row stores nothing. A batch cut off by a
 * restart resumes when the service starts again.
 */
@Component
class ImportacaoDeProcessos implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ImportacaoDeProcessos.class);
    /** Stands for the applicant the import will register, while a row is only being checked. */
    private static final String REQUERENTE_A_REGISTRAR = "requerente-a-registrar";

    private final JdbcClient jdbc;
    private final TransactionTemplate transacao;
    private final CommandGateway comandos;
    private final Representacao cadastro;
    private final CatalogoDeRegras catalogo;
    private final Clock relogio;
    private final ExecutorService execucao = Executors.newSingleThreadExecutor(r -> {
        Thread linha = new Thread(r, "importacao-de-processos");
        linha.setDaemon(true);
        return linha;
    });

    ImportacaoDeProcessos(JdbcClient jdbc, TransactionTemplate transacao, CommandGateway comandos, Representacao cadastro,
                          CatalogoDeRegras catalogo, Clock relogio) {
        this.jdbc = jdbc;
        this.transacao = transacao;
        this.comandos = comandos;
        this.cadastro = cadastro;
        this.catalogo = catalogo;
        this.relogio = relogio;
    }

    /** Checks and stores the batch, starts importing it and answers its id. */
    String receber(String autor, String formato, List<LinhaLida> linhas) {
        String importacaoId = Aleatorios.identificador();
        Instant agora = relogio.instant();
        Set<String> numeros = new HashSet<>();
        transacao.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO licenca_command.importacao (importacao_id, autor, formato, recebida_em) "
                            + "VALUES (:id, :autor, :formato, :agora)")
                    .param("id", importacaoId).param("autor", autor).param("formato", formato)
                    .param("agora", Timestamp.from(agora)).update();
            for (LinhaLida linha : linhas) {
                Optional<RegraVioladaException> recusa = conferir(linha, importacaoId, agora, numeros);
                jdbc.sql("""
                                INSERT INTO licenca_command.importacao_linha (importacao_id, linha, numero_legado, conteudo,
                                    resultado, regra, motivo)
                                VALUES (:id, :linha, :numero, :conteudo, :resultado, :regra, :motivo)""")
                        .param("id", importacaoId).param("linha", linha.linha())
                        .param("numero", numeroGuardado(linha.numeroLegado()))
                        .param("conteudo", recusa.isPresent() ? null : linha.conteudo())
                        .param("resultado", recusa.isPresent() ? Resultado.RECUSADO.name() : Resultado.PENDENTE.name())
                        .param("regra", recusa.map(RegraVioladaException::regra).orElse(null))
                        .param("motivo", recusa.map(RegraVioladaException::getMessage).orElse(null))
                        .update();
            }
        });
        execucao.submit(() -> executar(importacaoId));
        return importacaoId;
    }

    /** The former number as the report keeps it (an overlong one, refused, cut to the column). */
    private static String numeroGuardado(String numeroLegado) {
        return numeroLegado == null ? null
                : numeroLegado.substring(0, Math.min(HistoricoImportado.TAMANHO_DO_NUMERO, numeroLegado.length()));
    }

    enum Resultado { PENDENTE, CRIADO, JA_IMPORTADO, RECUSADO }

    /** Why the row cannot be imported, judged on its own data (the applicant is resolved when it runs). */
    private Optional<RegraVioladaException> conferir(LinhaLida linha, String importacaoId, Instant agora, Set<String> numeros) {
        if (linha.erro() != null) {
            return Optional.of(new RegraVioladaException("importacao-formato", linha.erro()));
        }
        LinhaDeImportacao processo = linha.processo();
        try {
            if (processo.numeroLegado() != null && !numeros.add(processo.numeroLegado())) {
                throw new RegraVioladaException(MENSAGENS, "importacao-numero-repetido", processo.numeroLegado());
            }
            if ((processo.requerenteId() == null) == (processo.requerente() == null)) {
                throw new RegraVioladaException(MENSAGENS, "importacao-historico-incompleto.requerente");
            }
            HistoricoImportado.eventos(processo.comando(importacaoId, processo.requerenteId() != null
                    ? processo.requerenteId() : REQUERENTE_A_REGISTRAR), catalogo, agora);
            return Optional.empty();
        } catch (RegraVioladaException e) {
            return Optional.of(e);
        }
    }

    private void executar(String importacaoId) {
        try {
            MetaData doAutor = metadados(importacaoId);
            List<Pendente> pendentes;
            do {
                pendentes = jdbc.sql("""
                                SELECT linha, conteudo FROM licenca_command.importacao_linha
                                WHERE importacao_id = :id AND resultado = 'PENDENTE' ORDER BY linha LIMIT 500""")
                        .param("id", importacaoId).query(Pendente.class).list();
                for (Pendente pendente : pendentes) {
                    importar(importacaoId, pendente, doAutor);
                }
            } while (!pendentes.isEmpty());
            jdbc.sql("UPDATE licenca_command.importacao SET concluida_em = :agora WHERE importacao_id = :id")
                    .param("agora", Timestamp.from(relogio.instant())).param("id", importacaoId).update();
        } catch (RuntimeException e) {
            // The rows left pending are taken up again when the service next starts.
            log.error("Importacao {} interrompida", importacaoId, e);
        }
    }

    record Pendente(int linha, String conteudo) {
    }

    private void importar(String importacaoId, Pendente pendente, MetaData doAutor) {
        Resultado resultado;
        String processoId = null;
        RegraVioladaException recusa = null;
        try {
            LinhaDeImportacao processo = LeituraDoLote.JSON.readValue(pendente.conteudo(), LinhaDeImportacao.class);
            processoId = processo.processoId();
            Optional<String> importadoPor = importacaoDe(processo.numeroLegado());
            if (importadoPor.isPresent()) {
                resultado = importadoPor.get().equals(importacaoId) ? Resultado.CRIADO : Resultado.JA_IMPORTADO;
            } else {
                comandos.sendAndWait(processo.comando(importacaoId, requerente(processo)), doAutor);
                resultado = Resultado.CRIADO;
            }
        } catch (RegraVioladaException e) {
            resultado = Resultado.RECUSADO;
            recusa = e;
        } catch (CommandExecutionException e) {
            resultado = Resultado.RECUSADO;
            recusa = recusaDe(e);
        } catch (Exception e) {
            throw new IllegalStateException("Linha " + pendente.linha() + " da importacao " + importacaoId, e);
        }
        jdbc.sql("""
                        UPDATE licenca_command.importacao_linha SET resultado = :resultado, processo_id = :processo,
                            regra = :regra, motivo = :motivo, conteudo = CASE WHEN :resultado = 'RECUSADO' THEN NULL ELSE conteudo END
                        WHERE importacao_id = :id AND linha = :linha""")
                .param("resultado", resultado.name())
                .param("processo", resultado == Resultado.RECUSADO ? null : processoId)
                .param("regra", recusa == null ? null : recusa.regra())
                .param("motivo", recusa == null ? null : recusa.getMessage())
                .param("id", importacaoId).param("linha", pendente.linha()).update();
    }

    private Optional<String> importacaoDe(String numeroLegado) {
        return jdbc.sql("SELECT importacao_id FROM licenca_command.processo_importado WHERE numero_legado = :numero")
                .param("numero", numeroLegado).query(String.class).optional();
    }

    /**
     * The applicant's id: the one given (it must be registered), or the person the import registers from the row's
     * data, found instead when that CPF/CNPJ is already registered.
     */
    private String requerente(LinhaDeImportacao processo) throws Exception {
        if (processo.requerenteId() != null) {
            SituacaoCadastral situacao = cadastro.perguntar(new ConsultaDeSituacaoCadastral(processo.requerenteId()),
                    SituacaoCadastral.class);
            if (situacao == null || !situacao.existe()) {
                throw new RegraVioladaException(MENSAGENS, "requerente-ativo.importacao", processo.requerenteId());
            }
            return processo.requerenteId();
        }
        LinhaDeImportacao.RequerenteNovo novo = processo.requerente();
        String documento = novo.documento() == null ? "" : novo.documento().replaceAll("[^0-9A-Za-z]", "").toUpperCase();
        String pessoaId = UUID.nameUUIDFromBytes(("pessoa-importada|" + documento).getBytes(StandardCharsets.UTF_8)).toString();
        SituacaoCadastral situacao = cadastro.perguntar(new ConsultaDeSituacaoCadastral(pessoaId), SituacaoCadastral.class);
        if (situacao != null && situacao.existe()) {
            return pessoaId;
        }
        try {
            comandos.sendAndWait(new RegistrarPessoa(pessoaId, novo.tipo(), novo.documento(), novo.nome(),
                    novo.nomeFantasia(), novo.cnaePrincipal(), novo.representanteLegalCpf(), novo.representanteLegalNome(),
                    novo.endereco(), novo.email(), novo.telefone()), metadadosDoCadastro());
            return pessoaId;
        } catch (CommandExecutionException e) {
            Optional<DocumentoJaRegistrado> registrado = e.getDetails().filter(DocumentoJaRegistrado.class::isInstance)
                    .map(DocumentoJaRegistrado.class::cast);
            if (registrado.isPresent() && registrado.get().pessoaExistenteId() != null) {
                return registrado.get().pessoaExistenteId();
            }
            throw e;
        }
    }

    /** The rule a refused command named, whether the process or the people registry refused it. */
    private static RegraVioladaException recusaDe(CommandExecutionException e) {
        Object detalhes = e.getDetails().orElse(null);
        if (detalhes instanceof FalhaDeComando falha) {
            return new RegraVioladaException(falha.regra(), falha.mensagem());
        }
        if (detalhes instanceof DocumentoJaRegistrado registrado) {
            return new RegraVioladaException(registrado.regra(), registrado.mensagem());
        }
        return new RegraVioladaException(MENSAGENS, "importacao-recusada", e.getMessage());
    }

    /** The import's commands act as the ADMIN who sent the batch. */
    private MetaData metadados(String importacaoId) {
        String autor = jdbc.sql("SELECT autor FROM licenca_command.importacao WHERE importacao_id = :id")
                .param("id", importacaoId).query(String.class).single();
        return MetaData.with(ChavesDeMetadados.USUARIO, autor).and(ChavesDeMetadados.PAPEIS, "ADMIN");
    }

    private static MetaData metadadosDoCadastro() {
        return MetaData.with(ChavesDeMetadados.USUARIO, "sistema:importacao").and(ChavesDeMetadados.PAPEIS, "SISTEMA");
    }

    /** Batches a restart cut off resume where they stopped: their rows already imported are recognised. */
    @EventListener(ApplicationReadyEvent.class)
    void retomar() {
        jdbc.sql("SELECT importacao_id FROM licenca_command.importacao WHERE concluida_em IS NULL ORDER BY recebida_em")
                .query(String.class).list().forEach(id -> execucao.submit(() -> executar(id)));
    }

    @Override
    public void destroy() {
        execucao.shutdownNow();
    }
}
