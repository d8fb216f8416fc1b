// Espace établissement: "Suivre la procédure" (the staff list with its filters, national
// columns and pagination), the entry of avis, propositions and décisions, paper entries, the
// téléservice switch with the pre-opening check, exports and fiches, and the live feed.
import { request, subscribe } from "./api.js";
import { alertBox, download, errorList, footer, frDate, frDateTime, html, mountHeader, raw, requireViewer, setBusy } from "./ui.js";

const main = document.getElementById("contenu");
const PAGE_SIZE = 20;
const STATES = {
  NOTHING_VALIDATED: "Aucune saisie validée",
  AVIS_PENDING: "Avis du conseil à saisir",
  ACKNOWLEDGEMENT_PENDING: "Accusé de réception attendu",
  DISAGREEMENT: "Désaccord avec la proposition",
  APPEAL: "Appel",
  HORS_PROCEDURE: "Hors procédure",
};
const AVIS_VALUES = { FAVORABLE: "Avis favorable", RESERVE: "Avis réservé", DEFAVORABLE: "Avis défavorable" };
const state = { me: null, filters: { search: "", divisionId: "", state: "" }, cursors: [null], page: 0, list: null, divisions: [], selected: null, feed: [], voies: {} };

start().catch((error) => {
  main.innerHTML = alertBox("error", "Le service est momentanément indisponible", error.message);
});

async function start() {
  document.getElementById("footer").innerHTML = footer();
  const data = await requireViewer();
  state.me = data.me;
  const links = [{ href: "/etablissement.html", label: "Suivre la procédure", icon: "fr-icon-list-unordered" }];
  if (state.me.staffFunction === "HEAD" || state.me.delegated) links.push({ href: "/tableau-de-bord.html", label: "Tableau de bord", icon: "fr-icon-bar-chart-box-line" });
  mountHeader(state.me, links);
  const etab = state.me.etablissement;
  main.innerHTML = html`<h1>Suivre la procédure</h1>
    <p class="fr-text--lead">${etab?.name || ""} ${etab ? `(${etab.uai})` : ""}</p>
    <div class="split">
      <div>
        <section aria-labelledby="list-title"><h2 id="list-title" class="fr-h4">Élèves</h2><div id="filters"></div><div id="list" aria-live="polite"></div></section>
        <section aria-labelledby="pupil-title" id="pupil" class="fr-mt-4w"></section>
      </div>
      <div>
        <section aria-labelledby="teleservice-title" id="teleservice"></section>
        <section aria-labelledby="exports-title" id="exports" class="fr-mt-4w"></section>
        <section aria-labelledby="feed-title" class="fr-mt-4w"><h2 id="feed-title" class="fr-h5">Fil des modifications (en direct)</h2><ul class="feed fr-raw-list" id="feed" aria-live="polite"></ul></section>
      </div>
    </div>`;
  main.addEventListener("submit", onSubmit);
  main.addEventListener("click", onClick);
  const divisions = await request("StaffDivisions");
  const seen = new Map();
  for (const n of divisions.pupils.nodes) if (n.division) seen.set(n.division.id, n.division);
  state.divisions = [...seen.values()];
  drawFilters();
  drawTeleservice();
  drawExports();
  await loadList();
  subscribe("StaffFeed", {}, (data) => onFeed(data.staffFeed));
}

// ------------------------------------------------------------------ list
function drawFilters() {
  const f = state.filters;
  document.getElementById("filters").innerHTML = html`<form id="filter-form" class="fr-mb-2w" role="search" aria-label="Filtrer les élèves">
    <div class="fr-grid-row fr-grid-row--gutters">
      <div class="fr-col-12 fr-col-md-4"><div class="fr-input-group"><label class="fr-label" for="filter-search">Nom ou prénom</label>
        <input class="fr-input" id="filter-search" name="search" value="${f.search}"></div></div>
      <div class="fr-col-12 fr-col-md-4"><div class="fr-select-group"><label class="fr-label" for="filter-division">Division</label>
        <select class="fr-select" id="filter-division" name="divisionId"><option value="">Toutes</option>
        ${state.divisions.map((d) => raw(html`<option value="${d.id}" ${raw(f.divisionId === d.id ? "selected" : "")}>${d.code}</option>`))}</select></div></div>
      <div class="fr-col-12 fr-col-md-4"><div class="fr-select-group"><label class="fr-label" for="filter-state">Situation</label>
        <select class="fr-select" id="filter-state" name="state"><option value="">Toutes</option>
        ${Object.entries(STATES).map(([k, v]) => raw(html`<option value="${k}" ${raw(f.state === k ? "selected" : "")}>${v}</option>`))}</select></div></div>
    </div>
    <button class="fr-btn fr-btn--sm fr-mt-2w" type="submit" id="filter-submit">Filtrer</button></form>`;
}

async function loadList() {
  const f = state.filters;
  const data = await request("StaffPupils", {
    first: PAGE_SIZE,
    after: state.cursors[state.page],
    search: f.search || null,
    divisionId: f.divisionId || null,
    states: f.state ? [f.state] : null,
    sort: "NAME",
  });
  state.list = data.pupils;
  drawList();
}

const requestsCell = (items) =>
  items.length ? html`<ol class="cell-list">${items.map((r) => raw(html`<li>${r.voieLabel}${r.serie ? ` ${r.serie}` : ""}${r.metier ? ` — ${r.metier}` : ""}${r.statut ? ` (${r.statut})` : ""}${r.specialites.length ? ` [${r.specialites.join(", ")}]` : ""}</li>`))}</ol>` : "—";

function drawList() {
  const l = state.list;
  const total = l.totalCount;
  const from = state.page * PAGE_SIZE + 1;
  const rows = l.nodes.map((p) => {
    const r = p.listRow;
    return html`<tr data-row-key="${p.id}">
      <th scope="row"><a href="#pupil" data-action="open" data-id="${p.id}">${p.lastName} ${p.firstName}</a>${raw(r.horsProcedure ? ' <span class="fr-badge fr-badge--sm">Hors procédure</span>' : "")}${raw(r.guardianDisagreement ? ' <span class="fr-badge fr-badge--sm fr-badge--warning">Désaccord des responsables</span>' : "")}</th>
      <td>${p.division?.code || ""}</td>
      <td>${frDate(r.ppInterviewOn) || "—"}</td>
      <td>${raw(requestsCell(r.intentions))}${r.intentionsValidatedAt ? ` ${frDate(r.intentionsValidatedAt)} (${r.intentionsChannel})` : ""}</td>
      <td>${raw(r.avis.length ? html`<ol class="cell-list">${r.avis.map((a) => raw(html`<li>${a.label}</li>`))}</ol>` : "—")}${r.avis.length && !r.avisPublished ? " (non publié)" : ""}</td>
      <td>${r.avisAcknowledgedAt ? frDate(r.avisAcknowledgedAt) : "—"}</td>
      <td>${raw(requestsCell(r.choices))}</td>
      <td>${r.propositionVoieLabel || "—"}${r.propositionSerie ? ` ${r.propositionSerie}` : ""}</td>
      <td>${r.familyAgrees === null ? "—" : r.familyAgrees ? "D'accord" : "Pas d'accord"}</td>
      <td>${frDate(r.headInterviewOn) || "—"}</td>
      <td>${r.appealFiledOn ? `Le ${frDate(r.appealFiledOn)}${r.appealUpheld === null ? "" : r.appealUpheld ? " — confirmée" : ` — ${r.appealOutcomeVoie}`}` : "—"}</td>
      <td>${r.decisionVoieLabel || "—"}${r.decisionSerie ? ` ${r.decisionSerie}` : ""}${r.decisionRemiseANiveau ? " (remise à niveau)" : ""}${r.maintienRequestedOn ? ` Maintien demandé le ${frDate(r.maintienRequestedOn)}` : ""}</td>
    </tr>`;
  });
  document.getElementById("list").innerHTML = html`
    <p id="list-count">${total} élève(s)${total ? ` — de ${from} à ${from + l.nodes.length - 1}` : ""}</p>
    <div class="fr-table fr-table--bordered"><div class="fr-table__wrapper"><div class="fr-table__container" tabindex="0" role="region" aria-label="Tableau des élèves (défilement horizontal)"><div class="fr-table__content table-scroll">
    <table id="pupil-table"><caption class="fr-sr-only">Élèves et étapes de la procédure</caption>
      <thead><tr><th scope="col">Élève</th><th scope="col">Division</th><th scope="col">Entretien PP</th><th scope="col">Intentions provisoires</th><th scope="col">Avis provisoires</th><th scope="col">Accusé de réception</th><th scope="col">Choix définitifs</th><th scope="col">Proposition</th><th scope="col">Réponse de la famille</th><th scope="col">Entretien chef</th><th scope="col">Appel</th><th scope="col">Décision</th></tr></thead>
      <tbody>${rows.map(raw)}</tbody></table></div></div></div></div>
    <nav role="navigation" class="fr-pagination" aria-label="Pagination"><ul class="fr-pagination__list">
      <li><button class="fr-pagination__link fr-pagination__link--prev fr-pagination__link--lg-label" type="button" data-action="prev" id="page-prev" ${raw(state.page === 0 ? "disabled" : "")}>Page précédente</button></li>
      <li><span class="fr-pagination__link" aria-current="page">Page ${state.page + 1} sur ${Math.max(1, Math.ceil(total / PAGE_SIZE))}</span></li>
      <li><button class="fr-pagination__link fr-pagination__link--next fr-pagination__link--lg-label" type="button" data-action="next" id="page-next" ${raw(l.pageInfo.hasNextPage ? "" : "disabled")}>Page suivante</button></li>
    </ul></nav>`;
}

// ------------------------------------------------------------------ one pupil
async function openPupil(id, { focus = true } = {}) {
  const [data, voies] = await Promise.all([request("StaffPupilFile", { id }), voiesFor(id)]);
  if (state.selected?.id !== id) state.pupilMessage = "";
  state.selected = data.pupil;
  drawPupil(voies);
  if (focus) document.getElementById("pupil-title")?.focus();
}

async function voiesFor(id) {
  const pupil = state.list.nodes.find((n) => n.id === id);
  const palier = pupil?.palier || "TROISIEME";
  if (!state.voies[palier]) state.voies[palier] = (await request("FormReference", { palier, pupilId: id })).voies;
  return state.voies[palier];
}

function voieOptions(voies, selected = "") {
  return voies.map((v) => raw(html`<option value="${v.code}" ${raw(v.code === selected ? "selected" : "")}>${v.label}</option>`));
}

function drawPupil(voies) {
  const p = state.selected;
  const o = p.orientation;
  const isHead = state.me.staffFunction === "HEAD" || state.me.delegated;
  const today = new Date().toISOString().slice(0, 10);
  const requests = o.intentions?.requests || [];
  const sections = [];
  sections.push(html`<h2 id="pupil-title" class="fr-h4" tabindex="-1">${p.firstName} ${p.lastName} — ${p.division?.code || ""}</h2>
    <p>INE ${p.ine}. ${o.campaign.message}</p>
    <div id="pupil-message" aria-live="polite">${raw(state.pupilMessage || "")}</div>
    <p><button class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-download-line fr-btn--icon-left" type="button" data-action="fiche" data-id="${p.id}" id="fiche">Fiche de dialogue (PDF)</button></p>
    <h3 class="fr-h6">Intentions provisoires</h3>
    ${raw(requests.length ? html`<ol>${requests.map((r) => raw(html`<li>${r.voie.label}${r.metier ? ` — ${r.metier}` : ""}</li>`))}</ol><p class="fr-text--sm">Validées le ${frDateTime(o.intentions.validatedAt)} (${o.intentions.channel === "PAPER" ? "papier" : "téléservice"}).</p>` : "<p>Aucune intention validée.</p>")}`);
  // Avis provisoires (téléservice fermé).
  if (requests.length && !o.provisionalAvis?.published) {
    const entered = Object.fromEntries((o.provisionalAvis?.items || []).map((i) => [i.rank, i]));
    sections.push(html`<form id="avis-form" class="fr-mt-3w" novalidate><fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Avis provisoires du conseil de classe${o.provisionalAvis ? " (saisis, publiés à la réouverture du téléservice)" : ""}</legend>
      ${requests.map((r) =>
        raw(html`<div class="fr-fieldset__element"><div class="fr-select-group"><label class="fr-label" for="avis-${r.rank}">Intention ${r.rank} : ${r.voie.label}</label>
          <select class="fr-select" id="avis-${r.rank}" name="avis-${r.rank}">${Object.entries(AVIS_VALUES).map(([k, v]) => raw(html`<option value="${k}" ${raw(entered[r.rank]?.value === k ? "selected" : "")}>${v}</option>`))}</select></div></div>
          ${raw(r.voie.allowsMetier ? html`<div class="fr-fieldset__element"><div class="fr-input-group"><label class="fr-label" for="avis-${r.rank}-metier">Métier ou formation conseillé (intention ${r.rank})</label><input class="fr-input" id="avis-${r.rank}-metier" name="avis-${r.rank}-metier" value="${entered[r.rank]?.advisedMetier || ""}"></div></div>` : "")}`),
      )}
      <div class="fr-fieldset__element"><div class="fr-select-group"><label class="fr-label" for="avis-recommendation">Recommandation pour une voie non demandée (facultatif)</label>
        <select class="fr-select" id="avis-recommendation" name="recommendation"><option value="">Aucune</option>${voieOptions(voies)}</select></div></div>
      <div class="fr-fieldset__element"><div class="fr-input-group"><label class="fr-label" for="avis-recommendation-metier">Métier ou formation conseillé pour la recommandation</label><input class="fr-input" id="avis-recommendation-metier" name="recommendationMetier"></div></div>
      <div class="fr-fieldset__element"><div class="fr-input-group"><label class="fr-label" for="avis-motivation">Motivations (obligatoires pour un avis réservé ou défavorable)</label><textarea class="fr-input" id="avis-motivation" name="motivation" rows="3">${o.provisionalAvis?.motivation || ""}</textarea></div></div>
      <div id="avis-errors" aria-live="assertive"></div>
      <div class="fr-fieldset__element"><button class="fr-btn" type="submit" id="avis-submit">Enregistrer les avis</button></div></fieldset></form>`);
  } else if (o.provisionalAvis) {
    sections.push(html`<h3 class="fr-h6">Avis provisoires</h3><ul>${o.provisionalAvis.items.map((i) => raw(html`<li>Intention ${i.rank} : ${i.label}</li>`))}</ul>
      <p>${o.acknowledgement ? o.acknowledgement.message : "Accusé de réception attendu."}</p>`);
  }
  // Paper entries (secrétariat, chef).
  if (!o.intentions) {
    sections.push(html`<form id="paper-intentions-form" class="fr-mt-3w" novalidate><fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Saisie d'un formulaire papier (intentions)</legend>
      <div class="fr-fieldset__element"><div class="fr-input-group"><label class="fr-label" for="paper-date">Formulaire reçu le</label><input class="fr-input" type="date" id="paper-date" name="receivedOn" value="${today}"></div></div>
      ${[1, 2, 3].map((n) => raw(html`<div class="fr-fieldset__element"><div class="fr-select-group"><label class="fr-label" for="paper-voie-${n}">Intention ${n}</label>
        <select class="fr-select" id="paper-voie-${n}" name="voie-${n}"><option value="">${n === 1 ? "Choisir une voie" : "Aucune"}</option>${voieOptions(voies)}</select></div></div>`))}
      <div id="paper-intentions-errors" aria-live="assertive"></div>
      <div class="fr-fieldset__element"><button class="fr-btn fr-btn--secondary" type="submit" id="paper-intentions-submit">Enregistrer le formulaire papier</button></div></fieldset></form>`);
  }
  if (!o.choices && o.campaign.phase === "DEFINITIVE") {
    sections.push(html`<form id="paper-choices-form" class="fr-mt-3w" novalidate><fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Saisie d'un formulaire papier (choix définitifs)</legend>
      <div class="fr-fieldset__element"><div class="fr-input-group"><label class="fr-label" for="paper-choices-date">Formulaire reçu le</label><input class="fr-input" type="date" id="paper-choices-date" name="receivedOn" value="${today}"></div></div>
      ${[1, 2, 3].map((n) => raw(html`<div class="fr-fieldset__element"><div class="fr-select-group"><label class="fr-label" for="paper-choice-${n}">Choix ${n}</label>
        <select class="fr-select" id="paper-choice-${n}" name="voie-${n}"><option value="">${n === 1 ? "Choisir une voie" : "Aucun"}</option>${voieOptions(voies)}</select></div></div>`))}
      <div id="paper-choices-errors" aria-live="assertive"></div>
      <div class="fr-fieldset__element"><button class="fr-btn fr-btn--secondary" type="submit" id="paper-choices-submit">Enregistrer le formulaire papier</button></div></fieldset></form>`);
  }
  if (o.provisionalAvis?.published && !o.acknowledgement) {
    sections.push(html`<form id="paper-ack-form" class="fr-mt-3w" novalidate><fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Accusé de réception signé sur papier</legend>
      <div class="fr-fieldset__element"><div class="fr-input-group"><label class="fr-label" for="paper-ack-date">Reçu le</label><input class="fr-input" type="date" id="paper-ack-date" name="receivedOn" value="${today}"></div></div>
      <div id="paper-ack-errors" aria-live="assertive"></div>
      <div class="fr-fieldset__element"><button class="fr-btn fr-btn--secondary" type="submit" id="paper-ack-submit">Enregistrer l'accusé de réception</button></div></fieldset></form>`);
  }
  // Phase 2: proposition, entretien, décision.
  if (o.choices && !o.proposition?.published) {
    sections.push(html`<form id="proposition-form" class="fr-mt-3w" novalidate><fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Proposition du conseil de classe</legend>
      <div class="fr-fieldset__element"><div class="fr-select-group"><label class="fr-label" for="proposition-voie">Voie proposée</label><select class="fr-select" id="proposition-voie" name="voie">${voieOptions(voies, o.choices.requests[0]?.voie.code)}</select></div></div>
      <div class="fr-fieldset__element"><div class="fr-input-group"><label class="fr-label" for="proposition-motivation">Motivation (obligatoire si elle diffère du premier choix)</label><textarea class="fr-input" id="proposition-motivation" name="motivation" rows="2"></textarea></div></div>
      <div id="proposition-errors" aria-live="assertive"></div>
      <div class="fr-fieldset__element"><button class="fr-btn" type="submit" id="proposition-submit">Enregistrer la proposition</button></div></fieldset></form>`);
  }
  if (isHead && o.familyAnswer && !o.familyAnswer.agrees && !o.decision) {
    sections.push(html`<form id="interview-form" class="fr-mt-3w" novalidate><fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Entretien avec la famille</legend>
      <div class="fr-fieldset__element"><div class="fr-input-group"><label class="fr-label" for="interview-date">Date de l'entretien</label><input class="fr-input" type="date" id="interview-date" name="date" value="${o.headInterview?.date || today}"></div></div>
      <div id="interview-errors" aria-live="assertive"></div>
      <div class="fr-fieldset__element"><button class="fr-btn fr-btn--secondary" type="submit" id="interview-submit">Enregistrer l'entretien</button></div></fieldset></form>
      <form id="decision-form" class="fr-mt-3w" novalidate><fieldset class="fr-fieldset"><legend class="fr-fieldset__legend">Décision d'orientation</legend>
      <div class="fr-fieldset__element"><div class="fr-select-group"><label class="fr-label" for="decision-voie">Voie</label><select class="fr-select" id="decision-voie" name="voie">${voieOptions(voies)}</select></div></div>
      <div class="fr-fieldset__element"><div class="fr-input-group"><label class="fr-label" for="decision-motivation">Motivation</label><textarea class="fr-input" id="decision-motivation" name="motivation" rows="2"></textarea></div></div>
      <div class="fr-fieldset__element"><div class="fr-checkbox-group"><input type="checkbox" id="decision-ran" name="remiseANiveau"><label class="fr-label" for="decision-ran">Avec un dispositif de remise à niveau</label></div></div>
      <div id="decision-errors" aria-live="assertive"></div>
      <div class="fr-fieldset__element"><button class="fr-btn" type="submit" id="decision-submit">Prendre la décision</button></div></fieldset></form>`);
  }
  if (o.decision) sections.push(html`<h3 class="fr-h6">Décision</h3><p>${o.decision.voie.label} — notifiée le ${frDate(o.decision.notifiedOn)}${o.decision.appealDeadline ? `, appel possible jusqu'au ${frDate(o.decision.appealDeadline)}` : ""}.</p>`);
  document.getElementById("pupil").innerHTML = sections.join("");
}

// ------------------------------------------------------------------ téléservice, exports
function drawTeleservice() {
  const e = state.me.etablissement;
  const isHead = state.me.staffFunction === "HEAD" || state.me.delegated;
  const open = e?.teleserviceOpen;
  document.getElementById("teleservice").innerHTML = html`<h2 id="teleservice-title" class="fr-h5">Téléservice</h2>
    <p id="teleservice-state"><span class="fr-badge ${open ? "fr-badge--success" : "fr-badge--warning"}">${open ? "Ouvert" : "Fermé"}</span>
      ${raw(!open && e?.expectedReopeningOn ? html` Réouverture prévue le ${frDate(e.expectedReopeningOn)}.` : "")}</p>
    ${raw(isHead ? html`<form id="teleservice-form" novalidate>
      ${raw(open ? html`<div class="fr-input-group"><label class="fr-label" for="reopening">Date de réouverture prévue (communiquée aux familles)</label><input class="fr-input" type="date" id="reopening" name="expectedReopeningOn"></div>
        <div class="fr-input-group"><label class="fr-label" for="closure-message">Message aux familles (facultatif)</label><input class="fr-input" id="closure-message" name="closureMessage"></div>` : html`<p class="fr-text--sm">Rouvrir le téléservice publie les avis saisis et prévient les familles.</p>`)}
      <div id="teleservice-errors" aria-live="assertive"></div>
      <button class="fr-btn ${open ? "fr-btn--secondary" : ""}" type="submit" id="teleservice-submit" data-open="${open ? "false" : "true"}">${open ? "Fermer le téléservice" : "Rouvrir le téléservice"}</button></form>
      <button class="fr-btn fr-btn--tertiary fr-btn--sm fr-mt-2w" type="button" data-action="check" id="check">Vérifier avant l'ouverture</button><div id="check-result" aria-live="polite"></div>` : "")}`;
}

function drawExports() {
  document.getElementById("exports").innerHTML = html`<h2 id="exports-title" class="fr-h5">Exports et fiches</h2>
    <ul class="fr-btns-group fr-btns-group--sm fr-btns-group--icon-left">
      <li><button class="fr-btn fr-btn--secondary fr-icon-download-line" type="button" data-action="export" data-path="/exports/pupils.csv" data-name="eleves.csv">Liste des élèves (CSV)</button></li>
      <li><button class="fr-btn fr-btn--secondary fr-icon-download-line" type="button" data-action="export" data-path="/exports/pupils.xlsx" data-name="eleves.xlsx">Liste des élèves (tableur)</button></li>
      <li><button class="fr-btn fr-btn--secondary fr-icon-download-line" type="button" data-action="export" data-path="/exports/voeux.csv" data-name="liste-de-tous-les-voeux.csv">Liste de tous les vœux (CSV)</button></li>
      ${state.divisions.map((d) => raw(html`<li><button class="fr-btn fr-btn--tertiary fr-icon-file-pdf-line" type="button" data-action="export" data-path="/fiches/divisions/${encodeURIComponent(d.id)}.pdf" data-name="fiches-${d.code}.pdf">Fiches de dialogue ${d.code} (PDF)</button></li>`))}
    </ul><div id="exports-errors" aria-live="assertive"></div>`;
}

function onFeed(item) {
  state.feed.unshift(item);
  state.feed = state.feed.slice(0, 30);
  document.getElementById("feed").innerHTML = state.feed
    .map((f) => html`<li class="recap-item"><p class="fr-mb-0 fr-text--sm"><strong>${frDateTime(f.occurredAt)}</strong> ${f.divisionCode ? `(${f.divisionCode})` : ""}</p><p class="fr-mb-1w">${f.summary}</p></li>`)
    .join("");
  clearTimeout(onFeed.timer);
  onFeed.timer = setTimeout(() => {
    loadList();
    if (state.selected && item.pupil?.id === state.selected.id) openPupil(state.selected.id, { focus: false });
  }, 300);
}

// ------------------------------------------------------------------ events
async function onClick(event) {
  const target = event.target.closest("[data-action]");
  if (!target) return;
  const action = target.dataset.action;
  if (action === "open") {
    event.preventDefault();
    await openPupil(target.dataset.id);
  } else if (action === "next") {
    state.cursors[state.page + 1] = state.list.pageInfo.endCursor;
    state.page += 1;
    await loadList();
    document.getElementById("list-count").focus?.();
  } else if (action === "prev") {
    state.page = Math.max(0, state.page - 1);
    await loadList();
  } else if (action === "check") {
    const { preOpeningCheck: c } = await request("PreOpeningCheck");
    document.getElementById("check-result").innerHTML = c.ok
      ? alertBox("success", "", "Aucune anomalie détectée : le téléservice peut être ouvert.")
      : html`<div class="fr-alert fr-alert--warning fr-mt-2w"><h3 class="fr-alert__title">À vérifier avant l'ouverture</h3><ul>${c.findings.map((f) => raw(html`<li>${f.message}${f.subject ? ` (${f.subject})` : ""}</li>`))}</ul></div>`;
  } else if (action === "export" || action === "fiche") {
    const path = action === "fiche" ? `/fiches/pupils/${encodeURIComponent(target.dataset.id)}.pdf` : target.dataset.path;
    const name = action === "fiche" ? "fiche-de-dialogue.pdf" : target.dataset.name;
    try {
      await download(path, name);
    } catch (error) {
      document.getElementById(action === "fiche" ? "pupil-message" : "exports-errors").innerHTML = errorList([{ message: error.message }]);
    }
  }
}

async function save(form, operation, variables, key, errorsId) {
  setBusy(form, true);
  try {
    const data = await request(operation, variables);
    const result = data[key];
    if (result.errors.length) {
      document.getElementById(errorsId).innerHTML = errorList(result.errors);
      return null;
    }
    return result;
  } catch (error) {
    document.getElementById(errorsId).innerHTML = errorList([{ code: error.code, message: error.message }]);
    return null;
  } finally {
    setBusy(form, false);
  }
}

async function afterPupilSaved(result) {
  state.pupilMessage = alertBox("success", "", result.message || "Enregistré.");
  await openPupil(state.selected.id);
  await loadList();
}

async function onSubmit(event) {
  event.preventDefault();
  const form = event.target;
  const id = state.selected?.id;
  const value = (name) => form.elements[name]?.value?.trim() || null;
  if (form.id === "filter-form") {
    state.filters = { search: form.search.value.trim(), divisionId: form.divisionId.value, state: form.state.value };
    state.cursors = [null];
    state.page = 0;
    await loadList();
  } else if (form.id === "teleservice-form") {
    const open = form.querySelector("#teleservice-submit").dataset.open === "true";
    const result = await save(form, "SetTeleservice", { open, expectedReopeningOn: open ? null : value("expectedReopeningOn"), closureMessage: open ? null : value("closureMessage") }, "setTeleservice", "teleservice-errors");
    if (result) {
      state.me.etablissement = { ...state.me.etablissement, ...result.etablissement };
      drawTeleservice();
      document.getElementById("teleservice-state").insertAdjacentHTML("afterend", alertBox("success", "", open ? "Le téléservice est ouvert : les avis saisis sont publiés." : "Le téléservice est fermé."));
      document.getElementById("teleservice-submit").focus();
    }
  } else if (form.id === "avis-form") {
    const ranks = state.selected.orientation.intentions.requests.map((r) => r.rank);
    const input = {
      pupilId: id,
      avis: ranks.map((rank) => ({ rank, value: value(`avis-${rank}`), advisedMetier: value(`avis-${rank}-metier`) })),
      motivation: value("motivation"),
      recommendation: value("recommendation") ? { voie: value("recommendation"), metier: value("recommendationMetier") } : null,
    };
    const result = await save(form, "EnterProvisionalAvis", { input }, "enterProvisionalAvis", "avis-errors");
    if (result) await afterPupilSaved(result);
  } else if (form.id === "paper-intentions-form") {
    const intentions = [1, 2, 3].map((n) => value(`voie-${n}`)).filter(Boolean).map((voie) => ({ voie }));
    const result = await save(form, "EnterPaperIntentions", { input: { pupilId: id, paperFormReceivedOn: value("receivedOn"), intentions } }, "enterPaperIntentions", "paper-intentions-errors");
    if (result) await afterPupilSaved(result);
  } else if (form.id === "paper-choices-form") {
    const choices = [1, 2, 3].map((n) => value(`voie-${n}`)).filter(Boolean).map((voie) => ({ voie }));
    const result = await save(form, "EnterPaperChoices", { input: { pupilId: id, paperFormReceivedOn: value("receivedOn"), choices } }, "enterPaperChoices", "paper-choices-errors");
    if (result) await afterPupilSaved(result);
  } else if (form.id === "paper-ack-form") {
    const result = await save(form, "RecordPaperAcknowledgement", { pupilId: id, receivedOn: value("receivedOn") }, "recordPaperAcknowledgement", "paper-ack-errors");
    if (result) await afterPupilSaved(result);
  } else if (form.id === "proposition-form") {
    const result = await save(form, "EnterProposition", { input: { pupilId: id, voie: value("voie"), motivation: value("motivation") } }, "enterProposition", "proposition-errors");
    if (result) await afterPupilSaved(result);
  } else if (form.id === "interview-form") {
    const result = await save(form, "RecordHeadInterview", { pupilId: id, date: value("date") }, "recordHeadInterview", "interview-errors");
    if (result) await afterPupilSaved(result);
  } else if (form.id === "decision-form") {
    const input = { pupilId: id, voie: value("voie"), motivation: value("motivation") || "", remiseANiveau: form.remiseANiveau.checked };
    const result = await save(form, "TakeDecision", { input }, "takeDecision", "decision-errors");
    if (result) await afterPupilSaved(result);
  }
}
