// Tableau de bord: the head's (their school) or the académie's statistics as charts and
// tables, and the counters `dashboardCounters` pushes live. Each chart has its table: the
// figures are readable without the chart (RGAA).
import { request, subscribe } from "./api.js";
import { alertBox, footer, frDateTime, html, mountHeader, raw, requireViewer } from "./ui.js";

const main = document.getElementById("contenu");
const COUNTERS = [
  ["pupils", "Élèves"],
  ["familiesValidated", "Familles ayant validé"],
  ["avisPending", "Avis à saisir"],
  ["acknowledgements", "Accusés de réception"],
  ["acknowledgementsPending", "Accusés de réception attendus"],
];
const AVIS_LABEL = { FAVORABLE: "Favorable", RESERVE: "Réservé", DEFAVORABLE: "Défavorable" };
const PHASE = { PROVISOIRE: "provisoire", DEFINITIVE: "définitive" };
let chartsLoaded = null;

start().catch((error) => {
  main.innerHTML = alertBox("error", "Le service est momentanément indisponible", error.message);
});

async function start() {
  document.getElementById("footer").innerHTML = footer();
  const { me } = await requireViewer();
  const links = me.role === "STAFF" ? [{ href: "/etablissement.html", label: "Suivre la procédure", icon: "fr-icon-list-unordered" }] : [];
  mountHeader(me, links);
  const scope = me.role === "ACADEMIE" ? "de l'académie" : me.etablissement ? `— ${me.etablissement.name}` : "";
  main.innerHTML = html`<h1>Tableau de bord ${scope}</h1>
    <section aria-labelledby="counters-title"><h2 id="counters-title" class="fr-h4">En direct</h2>
      <div class="counters" id="counters" aria-live="polite"></div><p class="fr-text--xs" id="counters-time"></p></section>
    <div class="fr-select-group fr-mt-3w" style="max-width:20rem"><label class="fr-label" for="palier">Palier</label>
      <select class="fr-select" id="palier"><option value="">Tous</option><option value="TROISIEME">3e</option><option value="SECONDE_GT">2de GT</option></select></div>
    <div id="statistics"></div>`;
  document.getElementById("palier").addEventListener("change", (e) => loadStatistics(e.target.value || null));
  subscribe("DashboardCounters", {}, (data) => drawCounters(data.dashboardCounters));
  await loadStatistics(null);
}

function drawCounters(c) {
  document.getElementById("counters").innerHTML = COUNTERS.map(
    ([key, label]) => html`<div class="counter" data-counter="${key}"><span class="counter__value">${c[key]}</span><span>${label}</span></div>`,
  ).join("");
  document.getElementById("counters-time").textContent = `Mis à jour le ${frDateTime(c.computedAt)}`;
}

function loadCharts() {
  if (!chartsLoaded) chartsLoaded = import("/vendor/npm/@gouvfr/dsfr-chart@2.0.4/dist/BarChart/BarChart.js").catch(() => null);
  return chartsLoaded;
}

function table(id, caption, headers, rows) {
  return html`<div class="fr-table fr-table--sm fr-table--bordered" id="${id}"><div class="fr-table__wrapper"><div class="fr-table__container" tabindex="0" role="region" aria-label="${caption}"><div class="fr-table__content">
    <table><caption class="fr-sr-only">${caption}</caption><thead><tr>${headers.map((h) => raw(html`<th scope="col">${h}</th>`))}</tr></thead>
    <tbody>${rows.map((r) => raw(html`<tr>${r.map((cell, i) => raw(i === 0 ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}</tr>`))}</tbody></table></div></div></div></div>`;
}

function chart(x, ys, names) {
  const attrs = `x='${JSON.stringify([x]).replace(/'/g, "&#39;")}' y='${JSON.stringify(ys)}' name='${JSON.stringify(names).replace(/'/g, "&#39;")}' selected-palette="categorical"`;
  return `<div class="fr-mb-2w chart-box" aria-hidden="true"><bar-chart ${attrs}></bar-chart></div>`;
}

async function loadStatistics(palier) {
  const [{ statistics: s }] = await Promise.all([request("Statistics", { palier }), loadCharts()]);
  const pct = (v) => `${Math.round(v * 1000) / 10} %`;
  const requests = s.requests.filter((r) => r.phase === "PROVISOIRE");
  const requestLabels = requests.map((r) => `${r.voie}${r.serie ? ` ${r.serie}` : ""}`);
  const avis = Object.keys(AVIS_LABEL).map((k) => s.avis.filter((a) => a.key === k && a.phase === "PROVISOIRE").reduce((n, a) => n + a.count, 0));
  const summary = [
    ["Élèves", s.pupils],
    ["Hors procédure", s.horsProcedure],
    ["Intentions validées", `${s.validatedIntentions} (${pct(s.validatedIntentionsShare)})`],
    ["Choix définitifs validés", `${s.validatedChoices} (${pct(s.validatedChoicesShare)})`],
    ["Propositions conformes au premier choix", `${s.propositionsMatchingFirstChoice} sur ${s.propositionsCompared}`],
    ["Familles d'accord / pas d'accord", `${s.familyAgrees} / ${s.familyDisagrees}`],
    ["Entretiens avec le chef d'établissement", s.headInterviews],
    ["Décisions", s.decisions],
    ["Appels (confirmés / modifiés)", `${s.appeals} (${s.appealsUpheld} / ${s.appealsRejected})`],
    ["Demandes de maintien", s.maintienRequests],
    ["Désaccords entre responsables", s.guardianDisagreements],
  ];
  document.getElementById("statistics").innerHTML = html`
    <section class="fr-mt-4w" aria-labelledby="summary-title"><h2 id="summary-title" class="fr-h4">Avancement de la procédure</h2>
      ${raw(table("summary-table", "Avancement de la procédure", ["Indicateur", "Valeur"], summary))}</section>
    <section class="fr-mt-4w" aria-labelledby="requests-title"><h2 id="requests-title" class="fr-h4">Intentions provisoires par voie</h2>
      ${raw(requests.length ? chart(requestLabels, [requests.map((r) => r.requests), requests.map((r) => r.firstChoices)], ["Intentions", "En premier rang"]) : "")}
      ${raw(table("requests-table", "Intentions provisoires par voie", ["Voie", "Intentions", "En premier rang"], requests.map((r, i) => [requestLabels[i], r.requests, r.firstChoices])))}</section>
    <section class="fr-mt-4w" aria-labelledby="avis-title"><h2 id="avis-title" class="fr-h4">Avis provisoires du conseil de classe</h2>
      ${raw(avis.some(Boolean) ? chart(Object.values(AVIS_LABEL), [avis], ["Avis"]) : "")}
      ${raw(table("avis-table", "Avis provisoires", ["Avis", "Nombre"], Object.values(AVIS_LABEL).map((label, i) => [label, avis[i]])))}</section>
    ${raw(s.breakdown.length > 1 || s.breakdown.some((b) => b.code.length > 3) ? html`<section class="fr-mt-4w" aria-labelledby="breakdown-title"><h2 id="breakdown-title" class="fr-h4">Par ${s.breakdown.some((b) => b.code.length > 3) ? "établissement" : "division"}</h2>
      ${raw(table("breakdown-table", "Répartition", ["Nom", "Élèves", "Intentions validées", "Choix validés"], s.breakdown.map((b) => [b.name, b.pupils, b.validatedIntentions, b.validatedChoices])))}</section>` : "")}
    ${raw(s.specialites.length ? html`<section class="fr-mt-4w" aria-labelledby="spe-title"><h2 id="spe-title" class="fr-h4">Enseignements de spécialité demandés</h2>
      ${raw(table("specialites-table", "Spécialités", ["Spécialité", "Phase", "Nombre"], s.specialites.map((x) => [x.key, PHASE[x.phase] || x.phase, x.count])))}</section>` : "")}`;
}
