// Small helpers shared by the pages: escaping, French dates, the DSFR header, the session.
import { request, token, closeLive } from "./api.js";

const ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const esc = (value) => String(value ?? "").replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** Tagged template: interpolated values are escaped unless wrapped with raw(). */
export function html(strings, ...values) {
  return strings.reduce((out, s, i) => {
    const v = values[i - 1];
    const text = v instanceof Raw ? v.value : Array.isArray(v) ? v.map((x) => (x instanceof Raw ? x.value : esc(x))).join("") : esc(v);
    return out + text + s;
  });
}
class Raw {
  constructor(value) {
    this.value = value;
  }
}
export const raw = (value) => new Raw(value);

const dateFormat = new Intl.DateTimeFormat("fr-FR", { day: "2-digit", month: "2-digit", year: "numeric" });
const dateTimeFormat = new Intl.DateTimeFormat("fr-FR", { day: "2-digit", month: "2-digit", year: "numeric", hour: "2-digit", minute: "2-digit" });
/** "2027-03-20" or an ISO date-time -> "20/03/2027". */
export function frDate(value) {
  if (!value) return "";
  const d = value.length === 10 ? new Date(`${value}T12:00:00`) : new Date(value);
  return dateFormat.format(d);
}
export const frDateTime = (value) => (value ? dateTimeFormat.format(new Date(value)) : "");

export const ROLE_HOME = { GUARDIAN: "/famille.html", PUPIL: "/famille.html", STAFF: "/etablissement.html", ACADEMIE: "/tableau-de-bord.html" };

/** The page needs a session: the viewer, or back to the login page. */
export async function requireViewer() {
  if (!token.get()) {
    window.location.replace("/?retour=" + encodeURIComponent(window.location.pathname + window.location.search));
    return new Promise(() => {});
  }
  try {
    const data = await request("Me");
    if (!data.me) throw new Error("anonymous");
    return data;
  } catch (error) {
    token.clear();
    window.location.replace("/");
    return new Promise(() => {});
  }
}

export async function logout() {
  try {
    await request("Logout");
  } catch {
    /* the session may already be over */
  }
  closeLive();
  token.clear();
  window.location.assign("/");
}

/** The DSFR header: Marianne, service name, who is logged in, links and "Se déconnecter". */
export function header(me, links = []) {
  const who = me ? `${me.firstName} ${me.lastName}` : "";
  const items = links
    .map((l) => html`<li><a class="fr-btn ${raw(l.icon || "")}" href="${l.href}" ${raw(l.id ? `id="${l.id}" data-${l.id.replace("-link", "")}` : "")}>${raw(l.label)}</a></li>`)
    .join("");
  // Phones: the same links under the brand, always visible (no burger menu to open).
  const phoneTools = me
    ? html`<ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left fr-mb-0">${raw(items.replaceAll(' id="', ' data-id="'))}
        <li><button type="button" class="fr-btn fr-btn--tertiary-no-outline fr-icon-logout-box-r-line" data-logout>Se déconnecter</button></li></ul>`
    : "";
  const tools = me
    ? html`<ul class="fr-btns-group">
        ${raw(items)}
        <li><span class="fr-btn fr-icon-account-circle-line" aria-label="Connecté : ${who}">${who}</span></li>
        <li><button type="button" class="fr-btn fr-icon-logout-box-r-line" id="logout" data-logout>Se déconnecter</button></li>
      </ul>`
    : "";
  return html`<header role="banner" class="fr-header">
    <div class="fr-header__body"><div class="fr-container"><div class="fr-header__body-row">
      <div class="fr-header__brand fr-enlarge-link">
        <div class="fr-header__brand-top">
          <div class="fr-header__logo"><p class="fr-logo">République<br>Française</p></div>
        </div>
        <div class="fr-header__service">
          <a href="/" title="Accueil — Orientation"><p class="fr-header__service-title">Orientation</p></a>
          <p class="fr-header__service-tagline">Téléservice de l'orientation en 3<sup>e</sup> et en 2<sup>de</sup> GT</p>
        </div>
      </div>
      <div class="fr-header__tools"><div class="fr-header__tools-links">${raw(tools)}</div></div>
    </div></div></div>
    ${raw(me ? `<nav class="fr-container fr-hidden-lg fr-pb-1w" aria-label="Mon compte">${phoneTools}</nav>` : "")}
  </header>`;
}

let leaveCheck = () => true;
/** Draws the header. DSFR copies its links into the phone menu (without their ids): the
 * clicks are handled by delegation on data attributes, for both copies. */
export function mountHeader(me, links = [], beforeLeave = () => true) {
  document.getElementById("header").innerHTML = header(me, links);
  leaveCheck = beforeLeave;
  if (!mountHeader.bound) {
    mountHeader.bound = true;
    document.addEventListener("click", (event) => {
      if (event.target.closest("[data-logout]") && leaveCheck()) logout();
    });
  }
}

export function footer() {
  return `<footer class="fr-footer" role="contentinfo"><div class="fr-container"><div class="fr-footer__body">
    <div class="fr-footer__brand fr-enlarge-link"><a href="/" title="Retour à l'accueil — Orientation"><p class="fr-logo">République<br>Française</p></a></div>
    <div class="fr-footer__content"><p class="fr-footer__content-desc">Téléservice Orientation — serveur GraphQL de référence. Les données affichées sont celles de l'établissement.</p>
    <ul class="fr-footer__content-list"><li class="fr-footer__content-item"><a class="fr-footer__content-link" href="/graphql">API GraphQL</a></li></ul></div>
  </div></div></footer>`;
}

export function alertBox(kind, title, text, id = "") {
  return html`<div class="fr-alert fr-alert--${kind} fr-mb-3w" ${raw(id ? `id="${id}"` : "")} role="${kind === "error" ? "alert" : "status"}">
    ${raw(title ? html`<h3 class="fr-alert__title">${title}</h3>` : "")}<p>${text}</p></div>`;
}

/** `[{field, code, message}]` -> one DSFR error alert. */
export function errorList(errors) {
  if (!errors?.length) return "";
  return html`<div class="fr-alert fr-alert--error fr-mb-3w" role="alert"><ul class="fr-mb-0">${errors.map((e) => raw(html`<li data-code="${e.code}">${e.message}</li>`))}</ul></div>`;
}

export function setBusy(form, busy) {
  for (const b of form.querySelectorAll("button")) b.disabled = busy;
}

export function download(path, filename) {
  return fetch(path, { headers: { Authorization: `Bearer ${token.get()}` } }).then(async (response) => {
    if (!response.ok) throw new Error((await response.json().catch(() => ({})))?.errors?.[0]?.message || "Téléchargement impossible.");
    const url = URL.createObjectURL(await response.blob());
    const a = Object.assign(document.createElement("a"), { href: url, download: filename });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10000);
  });
}
