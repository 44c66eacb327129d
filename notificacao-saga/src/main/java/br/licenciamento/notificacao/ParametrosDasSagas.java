package br.licenciamento.notificacao;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What an agency tunes in the sagas and the notification delivery ({@code licenciamento.sagas.*}). */
@ConfigurationProperties("licenciamento.sagas")
public class ParametrosDasSagas {

    private final Taxa taxa = new Taxa();
    private final Validade validade = new Validade();
    private final Condicionantes condicionantes = new Condicionantes();
    private final Entrega entrega = new Entrega();
    private final Agendador agendador = new Agendador();
    /** A saga with nothing scheduled ahead and no event for this long is reported as stuck. */
    private Duration paradaApos = Duration.ofDays(30);
    /** A deadline still pending this long after it was due means the scheduler or the saga is not progressing. */
    private Duration prazoAtrasadoApos = Duration.ofMinutes(5);

    public Duration getPrazoAtrasadoApos() {
        return prazoAtrasadoApos;
    }

    public void setPrazoAtrasadoApos(Duration prazoAtrasadoApos) {
        this.prazoAtrasadoApos = prazoAtrasadoApos;
    }

    public Taxa getTaxa() {
        return taxa;
    }

    public Validade getValidade() {
        return validade;
    }

    public Condicionantes getCondicionantes() {
        return condicionantes;
    }

    public Entrega getEntrega() {
        return entrega;
    }

    public Agendador getAgendador() {
        return agendador;
    }

    public Duration getParadaApos() {
        return paradaApos;
    }

    public void setParadaApos(Duration paradaApos) {
        this.paradaApos = paradaApos;
    }

    public static class Taxa {
        /** Issue the fee slip as soon as the request is classified (off: the agency issues it through the API). */
        private boolean emissaoNaClassificacao = true;
        /** The fee charged for a request, in reais. */
        private BigDecimal valor = new BigDecimal("500.00");
        /** How the fee is paid: a MeioDePagamento of the published language (PIX, BOLETO or DAE). */
        private String meio = "PIX";
        /** Unpaid this long after the slip was issued, the request is cancelled. */
        private Duration prazoDePagamento = Duration.ofDays(30);

        public boolean isEmissaoNaClassificacao() {
            return emissaoNaClassificacao;
        }

        public void setEmissaoNaClassificacao(boolean emissaoNaClassificacao) {
            this.emissaoNaClassificacao = emissaoNaClassificacao;
        }

        public BigDecimal getValor() {
            return valor;
        }

        public void setValor(BigDecimal valor) {
            this.valor = valor;
        }

        public String getMeio() {
            return meio;
        }

        public void setMeio(String meio) {
            this.meio = meio;
        }

        public Duration getPrazoDePagamento() {
            return prazoDePagamento;
        }

        public void setPrazoDePagamento(Duration prazoDePagamento) {
            this.prazoDePagamento = prazoDePagamento;
        }
    }

    public static class Validade {
        /** Reminders to renew, in days before expiry (LC 140 art. 14 par. 4 asks 120 days ahead). */
        private List<Integer> lembretesDias = new ArrayList<>(List.of(180, 120));
        /** The regime's renewal lead time the reminders name as the last day to ask (catalogue default: 120). */
        private int antecedenciaRenovacaoDias = 120;

        public int getAntecedenciaRenovacaoDias() {
            return antecedenciaRenovacaoDias;
        }

        public void setAntecedenciaRenovacaoDias(int antecedenciaRenovacaoDias) {
            this.antecedenciaRenovacaoDias = antecedenciaRenovacaoDias;
        }

        public List<Integer> getLembretesDias() {
            return lembretesDias;
        }

        public void setLembretesDias(List<Integer> lembretesDias) {
            this.lembretesDias = lembretesDias;
        }
    }

    public static class Condicionantes {
        /** Reminder this many days before each condition's due date. */
        private int lembreteDias = 30;

        public int getLembreteDias() {
            return lembreteDias;
        }

        public void setLembreteDias(int lembreteDias) {
            this.lembreteDias = lembreteDias;
        }
    }

    public static class Entrega {
        /** How often the outbox is scanned for e-mails to send. */
        private Duration intervalo = Duration.ofSeconds(5);
        /** First retry after this; each further retry waits twice as long. */
        private Duration esperaInicial = Duration.ofSeconds(30);
        /** After this many failed attempts the e-mail is parked as FALHOU for operations. */
        private int tentativas = 6;
        /** The sender address of every e-mail. */
        private String remetente = "nao-responda@licenciamento.gov.br";
        /** Shared mailbox of a role group (e.g. GESTOR=gestores@orgao.gov.br); roles without one get inbox only. */
        private Map<String, String> emailPorPapel = new LinkedHashMap<>();

        public Duration getIntervalo() {
            return intervalo;
        }

        public void setIntervalo(Duration intervalo) {
            this.intervalo = intervalo;
        }

        public Duration getEsperaInicial() {
            return esperaInicial;
        }

        public void setEsperaInicial(Duration esperaInicial) {
            this.esperaInicial = esperaInicial;
        }

        public int getTentativas() {
            return tentativas;
        }

        public void setTentativas(int tentativas) {
            this.tentativas = tentativas;
        }

        public String getRemetente() {
            return remetente;
        }

        public void setRemetente(String remetente) {
            this.remetente = remetente;
        }

        public Map<String, String> getEmailPorPapel() {
            return emailPorPapel;
        }

        public void setEmailPorPapel(Map<String, String> emailPorPapel) {
            this.emailPorPapel = emailPorPapel;
        }
    }

    public static class Agendador {
        /** How often db-scheduler looks for due deadlines. */
        private Duration intervaloDeConsulta = Duration.ofSeconds(5);

        public Duration getIntervaloDeConsulta() {
            return intervaloDeConsulta;
        }

        public void setIntervaloDeConsulta(Duration intervaloDeConsulta) {
            this.intervaloDeConsulta = intervaloDeConsulta;
        }
    }
}
