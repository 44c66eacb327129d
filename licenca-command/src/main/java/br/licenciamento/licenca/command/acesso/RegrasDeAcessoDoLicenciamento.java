package br.licenciamento.licenca.command.acesso;

import br.licenciamento.platform.seguranca.Papeis;
import br.licenciamento.platform.seguranca.RegrasDeAcessoDoModulo;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

import static br.licenciamento.platform.seguranca.Papeis.ADMIN;
import static br.licenciamento.platform.seguranca.Papeis.ANALISTA;
import static br.licenciamento.platform.seguranca.Papeis.FISCAL;
import static br.licenciamento.platform.seguranca.Papeis.GESTOR;
import static br.licenciamento.platform.seguranca.Papeis.REQUERENTE;
import static br.licenciamento.platform.seguranca.Papeis.SISTEMA;

/**
 * Who performs each step of a process and of a licence (issue 6: GESTOR classifies, assigns, decides; ANALISTA
 * analyses; FISCAL inspects; the applicant answers, appeals and self-declares), who reads a document's content, and
 * the catalogue and the import. Reads of processes and licences are the query module's.
 */
@Component
class RegrasDeAcessoDoLicenciamento implements RegrasDeAcessoDoModulo {

    @Override
    public void aplicar(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry regras) {
        // Bringing in the processes of the agency's former system, when it adopts the platform.
        regras.requestMatchers("/api/v1/importacoes", "/api/v1/importacoes/**").hasRole(ADMIN);

        regras.requestMatchers(HttpMethod.POST, "/api/v1/processos").hasAnyRole(REQUERENTE, GESTOR);
        regras.requestMatchers(HttpMethod.GET, "/api/v1/processos/*/documentos/*/conteudo").hasAnyRole(Papeis.leitores());
        regras.requestMatchers(etapa("complementacoes/resposta", "adesao", "recursos")).hasRole(REQUERENTE);
        regras.requestMatchers(etapa("complementacoes/prorrogacao")).hasAnyRole(REQUERENTE, ANALISTA, GESTOR);
        // Withdrawal by the applicant; archiving for a missed deadline by the agency.
        regras.requestMatchers(etapa("arquivamento")).hasAnyRole(REQUERENTE, GESTOR);
        regras.requestMatchers(etapa("guias/*/pagamento")).hasAnyRole(GESTOR, SISTEMA);
        regras.requestMatchers(etapa("prazo-de-analise-excedido")).hasAnyRole(GESTOR, SISTEMA);
        regras.requestMatchers(etapa("documentos/*/avaliacao")).hasAnyRole(ANALISTA, GESTOR);
        // The enterprise's location: the applicant (owner, by the guard) or the staff; consents are recorded by the staff.
        regras.requestMatchers(etapa("localizacao")).hasAnyRole(REQUERENTE, ANALISTA, GESTOR);
        regras.requestMatchers(etapa("anuencias")).hasAnyRole(ANALISTA, GESTOR);
        // Uploads and new versions: the applicant (complementation) and the analysing staff.
        regras.requestMatchers(etapa("documentos", "documentos/*/versoes")).hasAnyRole(REQUERENTE, ANALISTA, GESTOR);
        regras.requestMatchers(etapa("admissibilidade", "pareceres", "complementacoes")).hasAnyRole(ANALISTA, GESTOR);
        regras.requestMatchers(etapa("vistorias")).hasAnyRole(ANALISTA, GESTOR, FISCAL);
        // Classification, fee slips, hearings and the RIMA notice, decision, archiving, judging appeals.
        regras.requestMatchers(RegrasDeAcessoDoModulo.escritas("/api/v1/processos/**")).hasRole(GESTOR);

        // Licences: the holder asks renewal and reports on conditions; the agency decides everything else.
        regras.requestMatchers(licenca("renovacao")).hasAnyRole(REQUERENTE, GESTOR);
        regras.requestMatchers(licenca("condicionantes/*/relatorios")).hasRole(REQUERENTE);
        regras.requestMatchers(licenca("condicionantes/*/relatorios/*/avaliacao")).hasAnyRole(ANALISTA, FISCAL, GESTOR);
        regras.requestMatchers(licenca("vencimento")).hasAnyRole(GESTOR, SISTEMA);
        regras.requestMatchers(RegrasDeAcessoDoModulo.escritas("/api/v1/licencas/**")).hasRole(GESTOR);

        // Rule catalogue: every signed-in user reads the version in force (the studies, documents and deadlines a
        // request must meet are no secret); its history and publishing a new version are ADMIN's.
        regras.requestMatchers(HttpMethod.GET, "/api/v1/catalogo").authenticated();
        regras.requestMatchers("/api/v1/catalogo/**").hasRole(ADMIN);

        // Reference layers (issue 25): public data to read; loading a version is ADMIN's.
        regras.requestMatchers(HttpMethod.GET, "/api/v1/camadas", "/api/v1/camadas/**").permitAll();
        regras.requestMatchers("/api/v1/camadas", "/api/v1/camadas/**").hasRole(ADMIN);
    }

    /** Writes to one step (sub-resource) of a process, exactly that path. */
    private static String[] etapa(String... nomes) {
        return RegrasDeAcessoDoModulo.caminhos("/api/v1/processos/*/", nomes);
    }

    /** Writes to one sub-resource of a licence, exactly that path. */
    private static String[] licenca(String... nomes) {
        return RegrasDeAcessoDoModulo.caminhos("/api/v1/licencas/*/", nomes);
    }
}
