package br.licenciamento.pessoa.cadastro;

import br.licenciamento.api.pessoa.DadoProtegido;
import br.licenciamento.pessoa.lgpd.CofreDeDadosPessoais;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** In-memory stand-ins for the aggregate's collaborators, so fixture tests expect exact events. */
final class DublesDoCadastro {

    private DublesDoCadastro() {
    }

    static final class Registro implements RegistroDeDocumentos {
        final Map<String, String> titulares = new HashMap<>();

        @Override
        public Optional<String> reivindicar(String documentoHash, String pessoaId) {
            String existente = titulares.putIfAbsent(documentoHash, pessoaId);
            return existente == null || existente.equals(pessoaId) ? Optional.empty() : Optional.of(existente);
        }

        @Override
        public void liberar(String documentoHash) {
            titulares.remove(documentoHash);
        }
    }

    /** Marks values as protected without real cryptography; destroying a key makes them read "[eliminado]". */
    static final class Cofre implements CofreDeDadosPessoais {
        final Set<String> chaves = new HashSet<>();

        @Override
        public Cifrador cifradorPara(String pessoaId) {
            chaves.add(pessoaId);
            return valor -> valor == null ? null : protegido(valor);
        }

        @Override
        public Decifrador decifradorPara(String pessoaId) {
            return new Decifrador() {
                @Override
                public String revelar(DadoProtegido dado) {
                    return dado == null ? null : chaves.contains(pessoaId) ? dado.cifrado().substring(8) : ELIMINADO;
                }

                @Override
                public boolean chaveDestruida() {
                    return !chaves.contains(pessoaId);
                }
            };
        }

        @Override
        public void destruirChave(String pessoaId) {
            chaves.remove(pessoaId);
        }

        static DadoProtegido protegido(String valor) {
            return new DadoProtegido("cifrado:" + valor);
        }
    }

    static final class Situacoes implements SituacoesCadastrais {
        final Map<String, Situacao> conhecidas = new HashMap<>();

        @Override
        public Optional<Situacao> de(String pessoaId) {
            return Optional.ofNullable(conhecidas.get(pessoaId));
        }
    }
}
