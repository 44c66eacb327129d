package br.licenciamento.pessoa.consulta;

import br.licenciamento.api.pessoa.Alcance;
import br.licenciamento.api.pessoa.ConsultaDePessoa;
import br.licenciamento.api.pessoa.ContatosAtualizados;
import br.licenciamento.api.pessoa.DadosPessoaisEliminados;
import br.licenciamento.api.pessoa.DadoProtegido;
import br.licenciamento.api.pessoa.Endereco;
import br.licenciamento.api.pessoa.EnderecoProtegido;
import br.licenciamento.api.pessoa.FichaPessoa;
import br.licenciamento.api.pessoa.PaginaDePessoas;
import br.licenciamento.api.pessoa.ConsultaDePessoas;
import br.licenciamento.api.pessoa.PessoaInativada;
import br.licenciamento.api.pessoa.PessoaReativada;
import br.licenciamento.api.pessoa.PessoaRegistrada;
import br.licenciamento.api.pessoa.ProcuracaoRevogada;
import br.licenciamento.api.pessoa.ProcuradorAutorizado;
import br.licenciamento.api.pessoa.ResponsavelTecnicoDesignado;
import br.licenciamento.api.pessoa.ResumoPessoa;
import br.licenciamento.api.pessoa.TipoPessoa;
import br.licenciamento.pessoa.lgpd.CofreDeDadosPessoais;
import br.licenciamento.platform.projecao.VersaoDaProjecao;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.queryhandling.QueryHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The registry as users read and search it, in the module's PostgreSQL schema. Personal data is decrypted
 * here with the person's key; an erasure nulls it. Idempotent, so it can be dropped and rebuilt by replay
 * (data of erased people then reads as "[eliminado]" until their erasure event scrubs it again).
 */
@Component
@ProcessingGroup(CadastroDePessoasProjection.GRUPO)
@VersaoDaProjecao(CadastroDePessoasProjection.VERSAO)
public class CadastroDePessoasProjection {

    public static final String GRUPO = "pessoa-cadastro";
    /** Raise when a change makes the stored read model stale: the next start rebuilds it by replay. */
    public static final int VERSAO = 1;

    private final JdbcClient jdbc;
    private final CofreDeDadosPessoais cofre;

    CadastroDePessoasProjection(JdbcClient jdbc, CofreDeDadosPessoais cofre) {
        this.jdbc = jdbc;
        this.cofre = cofre;
    }

    @EventHandler
    void on(PessoaRegistrada evento) {
        CofreDeDadosPessoais.Decifrador dados = cofre.decifradorPara(evento.pessoaId());
        if (dados.chaveDestruida()) {
            // Replay after an erasure: the person is known, their data is not.
            jdbc.sql("""
                            INSERT INTO pessoa.pessoa_resumo (pessoa_id, tipo, cnae_principal, municipio_ibge, ativa,
                                dados_eliminados, registrada_em)
                            VALUES (:id, :tipo, :cnae, :municipio, FALSE, TRUE, :em)
                            ON CONFLICT (pessoa_id) DO NOTHING""")
                    .param("id", evento.pessoaId())
                    .param("tipo", evento.tipo().name())
                    .param("cnae", evento.cnaePrincipal())
                    .param("municipio", evento.endereco().municipioIbge())
                    .param("em", Timestamp.from(evento.registradaEm()))
                    .update();
            return;
        }
        String nome = dados.revelar(evento.nome());
        String nomeFantasia = dados.revelar(evento.nomeFantasia());
        jdbc.sql("""
                        INSERT INTO pessoa.pessoa_resumo (pessoa_id, tipo, documento, nome, nome_fantasia, nome_busca,
                            cnae_principal, representante_cpf, representante_nome, logradouro, numero, complemento, bairro,
                            municipio_ibge, cep, email, telefone, ativa, registrada_em)
                        VALUES (:id, :tipo, :documento, :nome, :fantasia, :busca, :cnae, :repCpf, :repNome, :logradouro,
                            :numero, :complemento, :bairro, :municipio, :cep, :email, :telefone, TRUE, :em)
                        ON CONFLICT (pessoa_id) DO NOTHING""")
                .param("id", evento.pessoaId())
                .param("tipo", evento.tipo().name())
                .param("documento", dados.revelar(evento.documento()))
                .param("nome", nome)
                .param("fantasia", nomeFantasia)
                .param("busca", TextoDeBusca.de(nomeFantasia == null ? nome : nome + " " + nomeFantasia))
                .param("cnae", evento.cnaePrincipal())
                .param("repCpf", dados.revelar(evento.representanteLegalCpf()))
                .param("repNome", dados.revelar(evento.representanteLegalNome()))
                .param("em", Timestamp.from(evento.registradaEm()))
                .params(enderecoEContatos(dados, evento.endereco(), evento.email(), evento.telefone()))
                .update();
    }

    @EventHandler
    void on(ContatosAtualizados evento) {
        CofreDeDadosPessoais.Decifrador dados = cofre.decifradorPara(evento.pessoaId());
        if (dados.chaveDestruida()) {
            return;
        }
        jdbc.sql("""
                        UPDATE pessoa.pessoa_resumo SET email = :email, telefone = :telefone, logradouro = :logradouro,
                            numero = :numero, complemento = :complemento, bairro = :bairro, municipio_ibge = :municipio, cep = :cep
                        WHERE pessoa_id = :id""")
                .param("id", evento.pessoaId())
                .params(enderecoEContatos(dados, evento.endereco(), evento.email(), evento.telefone()))
                .update();
    }

    @EventHandler
    void on(PessoaInativada evento) {
        jdbc.sql("UPDATE pessoa.pessoa_resumo SET ativa = FALSE WHERE pessoa_id = :id").param("id", evento.pessoaId()).update();
    }

    @EventHandler
    void on(PessoaReativada evento) {
        jdbc.sql("UPDATE pessoa.pessoa_resumo SET ativa = TRUE WHERE pessoa_id = :id").param("id", evento.pessoaId()).update();
    }

    @EventHandler
    void on(ProcuradorAutorizado evento) {
        jdbc.sql("""
                        INSERT INTO pessoa.procuracao (procuracao_id, outorgante_id, procurador_id, alcance, objeto_id, inicio, fim)
                        VALUES (:id, :outorgante, :procurador, :alcance, :objeto, :inicio, :fim)
                        ON CONFLICT (procuracao_id) DO NOTHING""")
                .param("id", evento.procuracaoId())
                .param("outorgante", evento.pessoaId())
                .param("procurador", evento.procuradorId())
                .param("alcance", evento.alcance().name())
                .param("objeto", evento.objetoId())
                .param("inicio", Date.valueOf(evento.inicio()))
                .param("fim", Date.valueOf(evento.fim()))
                .update();
    }

    @EventHandler
    void on(ProcuracaoRevogada evento) {
        jdbc.sql("UPDATE pessoa.procuracao SET revogada = TRUE WHERE procuracao_id = :id").param("id", evento.procuracaoId()).update();
    }

    @EventHandler
    void on(ResponsavelTecnicoDesignado evento) {
        CofreDeDadosPessoais.Decifrador doResponsavel = cofre.decifradorPara(evento.responsavelId());
        jdbc.sql("""
                        INSERT INTO pessoa.responsavel_tecnico (designacao_id, pessoa_id, responsavel_id, registro_profissional,
                            numero_art, alcance, objeto_id)
                        VALUES (:id, :pessoa, :responsavel, :registro, :art, :alcance, :objeto)
                        ON CONFLICT (designacao_id) DO NOTHING""")
                .param("id", evento.designacaoId())
                .param("pessoa", evento.pessoaId())
                .param("responsavel", evento.responsavelId())
                .param("registro", doResponsavel.chaveDestruida() ? null : doResponsavel.revelar(evento.registroProfissional()))
                .param("art", evento.numeroArt())
                .param("alcance", evento.alcance().name())
                .param("objeto", evento.objetoId())
                .update();
    }

    /**
     * Scrubs every personal column, including the person's professional registration where they are someone's
     * technical responsible; the row stays so links from processes and powers of attorney still resolve.
     */
    @EventHandler
    void on(DadosPessoaisEliminados evento) {
        jdbc.sql("UPDATE pessoa.responsavel_tecnico SET registro_profissional = NULL WHERE responsavel_id = :id")
                .param("id", evento.pessoaId()).update();
        jdbc.sql("""
                        UPDATE pessoa.pessoa_resumo SET documento = NULL, nome = NULL, nome_fantasia = NULL, nome_busca = NULL,
                            representante_cpf = NULL, representante_nome = NULL, logradouro = NULL, numero = NULL,
                            complemento = NULL, bairro = NULL, cep = NULL, email = NULL, telefone = NULL,
                            ativa = FALSE, dados_eliminados = TRUE
                        WHERE pessoa_id = :id""")
                .param("id", evento.pessoaId()).update();
    }

    @ResetHandler
    void antesDoReplay() {
        jdbc.sql("TRUNCATE pessoa.pessoa_resumo, pessoa.procuracao, pessoa.responsavel_tecnico").update();
    }

    @QueryHandler
    Optional<FichaPessoa> handle(ConsultaDePessoa consulta) {
        return jdbc.sql("SELECT * FROM pessoa.pessoa_resumo WHERE pessoa_id = :id")
                .param("id", consulta.pessoaId())
                .query((rs, i) -> ficha(rs))
                .optional();
    }

    /** Erased people are left out of searches: nothing about them is searchable any more. */
    @QueryHandler
    PaginaDePessoas handle(ConsultaDePessoas consulta) {
        List<String> condicoes = new ArrayList<>(List.of("NOT dados_eliminados"));
        Map<String, Object> parametros = new HashMap<>();
        if (consulta.documento() != null && !consulta.documento().isBlank()) {
            condicoes.add("documento = :documento");
            parametros.put("documento", consulta.documento().replaceAll("[./\\-\\s]", "").toUpperCase(Locale.ROOT));
        }
        if (consulta.nome() != null && !consulta.nome().isBlank()) {
            condicoes.add("nome_busca LIKE :nome");
            parametros.put("nome", TextoDeBusca.contendo(consulta.nome()));
        }
        if (consulta.municipioIbge() != null && !consulta.municipioIbge().isBlank()) {
            condicoes.add("municipio_ibge = :municipio");
            parametros.put("municipio", consulta.municipioIbge());
        }
        if (consulta.somenteEntre() != null) {
            if (consulta.somenteEntre().isEmpty()) {
                return new PaginaDePessoas(List.of(), 0, consulta.pagina(), consulta.tamanho());
            }
            condicoes.add("pessoa_id IN (:somente)");
            parametros.put("somente", List.copyOf(consulta.somenteEntre()));
        }
        String where = " WHERE " + String.join(" AND ", condicoes);
        long total = jdbc.sql("SELECT count(*) FROM pessoa.pessoa_resumo" + where).params(parametros).query(Long.class).single();
        List<ResumoPessoa> itens = jdbc.sql("SELECT * FROM pessoa.pessoa_resumo" + where
                        + " ORDER BY nome_busca, pessoa_id LIMIT :limite OFFSET :deslocamento")
                .params(parametros)
                .param("limite", consulta.tamanho())
                .param("deslocamento", (long) consulta.pagina() * consulta.tamanho())
                .query((rs, i) -> new ResumoPessoa(rs.getString("pessoa_id"), TipoPessoa.valueOf(rs.getString("tipo")),
                        rs.getString("documento"), rs.getString("nome"), rs.getString("nome_fantasia"),
                        rs.getString("municipio_ibge"), rs.getBoolean("ativa")))
                .list();
        return new PaginaDePessoas(itens, total, consulta.pagina(), consulta.tamanho());
    }

    List<FichaPessoa.Procuracao> procuracoes(String coluna, String pessoaId) {
        return jdbc.sql("SELECT * FROM pessoa.procuracao WHERE " + coluna + " = :id ORDER BY inicio, procuracao_id")
                .param("id", pessoaId)
                .query((rs, i) -> new FichaPessoa.Procuracao(rs.getString("procuracao_id"), rs.getString("outorgante_id"),
                        rs.getString("procurador_id"), Alcance.valueOf(rs.getString("alcance")), rs.getString("objeto_id"),
                        rs.getDate("inicio").toLocalDate(), rs.getDate("fim").toLocalDate(), rs.getBoolean("revogada")))
                .list();
    }

    List<FichaPessoa.ResponsavelTecnico> responsaveisTecnicos(String coluna, String pessoaId) {
        return jdbc.sql("SELECT * FROM pessoa.responsavel_tecnico WHERE " + coluna + " = :id ORDER BY designacao_id")
                .param("id", pessoaId)
                .query((rs, i) -> new FichaPessoa.ResponsavelTecnico(rs.getString("designacao_id"), rs.getString("responsavel_id"),
                        rs.getString("registro_profissional"), rs.getString("numero_art"), Alcance.valueOf(rs.getString("alcance")),
                        rs.getString("objeto_id")))
                .list();
    }

    private FichaPessoa ficha(ResultSet rs) throws SQLException {
        String id = rs.getString("pessoa_id");
        boolean eliminados = rs.getBoolean("dados_eliminados");
        Endereco endereco = eliminados ? null : new Endereco(rs.getString("logradouro"), rs.getString("numero"),
                rs.getString("complemento"), rs.getString("bairro"), rs.getString("municipio_ibge"), rs.getString("cep"));
        return new FichaPessoa(id, TipoPessoa.valueOf(rs.getString("tipo")), rs.getString("documento"), rs.getString("nome"),
                rs.getString("nome_fantasia"), rs.getString("cnae_principal"), rs.getString("representante_cpf"),
                rs.getString("representante_nome"), endereco, rs.getString("email"), rs.getString("telefone"),
                rs.getBoolean("ativa"), eliminados, rs.getTimestamp("registrada_em").toInstant(),
                procuracoes("outorgante_id", id), responsaveisTecnicos("pessoa_id", id));
    }

    /** The address and contact columns, decrypted, as both the registration and a contact change write them. */
    private static Map<String, Object> enderecoEContatos(CofreDeDadosPessoais.Decifrador dados, EnderecoProtegido endereco,
                                                         DadoProtegido email, DadoProtegido telefone) {
        Map<String, Object> colunas = new HashMap<>();
        colunas.put("logradouro", dados.revelar(endereco.logradouro()));
        colunas.put("numero", dados.revelar(endereco.numero()));
        colunas.put("complemento", dados.revelar(endereco.complemento()));
        colunas.put("bairro", dados.revelar(endereco.bairro()));
        colunas.put("municipio", endereco.municipioIbge());
        colunas.put("cep", dados.revelar(endereco.cep()));
        colunas.put("email", dados.revelar(email));
        colunas.put("telefone", dados.revelar(telefone));
        return colunas;
    }
}
