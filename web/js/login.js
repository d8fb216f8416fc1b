// Connexion: login + password -> token (sessionStorage), then the viewer's home by role.
import { request, token } from "./api.js";
import { ROLE_HOME, alertBox, footer, html, mountHeader } from "./ui.js";

const main = document.getElementById("contenu");
document.getElementById("footer").innerHTML = footer();
mountHeader(null);

main.innerHTML = html`<div class="fr-grid-row fr-grid-row--center"><div class="fr-col-12 fr-col-md-8 fr-col-lg-6">
  <h1>Connexion au téléservice Orientation</h1>
  <p>Connectez-vous avec votre compte <strong>responsable</strong> pour saisir les intentions et accuser réception de l'avis du conseil de classe, ou avec votre compte élève pour consulter les saisies.</p>
  <div id="login-errors" aria-live="assertive"></div>
  <form id="login-form" novalidate>
    <fieldset class="fr-fieldset" aria-labelledby="login-legend">
      <legend class="fr-fieldset__legend" id="login-legend">Je me connecte avec mon compte</legend>
      <div class="fr-fieldset__element"><div class="fr-input-group">
        <label class="fr-label" for="login">Identifiant<span class="fr-hint-text">Saisissez un identifiant</span></label>
        <input class="fr-input" id="login" name="login" autocomplete="username" autocapitalize="none" spellcheck="false" required>
      </div></div>
      <div class="fr-fieldset__element"><div class="fr-input-group">
        <label class="fr-label" for="password">Mot de passe<span class="fr-hint-text">Saisissez un mot de passe</span></label>
        <input class="fr-input" id="password" name="password" type="password" autocomplete="current-password" required>
      </div></div>
      <div class="fr-fieldset__element"><button class="fr-btn" type="submit" id="login-submit">Valider</button></div>
    </fieldset>
  </form>
</div></div>`;

const params = new URLSearchParams(window.location.search);
const form = document.getElementById("login-form");
form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const errors = document.getElementById("login-errors");
  errors.innerHTML = "";
  const login = form.login.value.trim();
  const password = form.password.value;
  if (!login || !password) {
    errors.innerHTML = alertBox("error", "", "Saisissez votre identifiant et votre mot de passe.");
    return;
  }
  document.getElementById("login-submit").disabled = true;
  try {
    const { login: result } = await request("Login", { login, password });
    if (result.errors.length) {
      errors.innerHTML = alertBox("error", "", result.errors[0].message);
      form.password.value = "";
      form.password.focus();
      return;
    }
    token.set(result.token);
    const back = params.get("retour");
    window.location.assign(back && back.startsWith("/") && !back.startsWith("//") ? back : ROLE_HOME[result.viewer.role]);
  } catch (error) {
    errors.innerHTML = alertBox("error", "", error.message);
  } finally {
    document.getElementById("login-submit").disabled = false;
  }
});
if (token.get()) {
  request("Me").then((data) => data.me && window.location.replace(ROLE_HOME[data.me.role])).catch(() => token.clear());
}
document.getElementById("login").focus();
