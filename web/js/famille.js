// Espace famille: the guide's screens for a guardian (or, read-only, the pupil). One child at a
// time; the three steps Intentions provisoires / Choix définitifs / Décision; every change of
// the file arrives live (pupilFileUpdates, avisAvailable) and the page redraws without reload.
import { request, subscribe } from "./api.js";
import { alertBox, errorList, footer, frDate, frDateTime, html, mountHeader, raw, requireViewer, setBusy } from "./ui.js";

const main = document.getElementById("contenu");
const state = {
  me: null,
  pupilId: null,
  file: null,
  texts: null,
  reference: null,
  editing: null, // { kind: "intentions" | "choices", items: [...], errors: [], missing: Set }
  flash: null,
  live: null,
  view: "dossier",
  notifications: null,
  unread: 0,
  focusId: null,
};
let unsubscribers = [];

const PHASE_LABEL = { PROVISOIRE: "Phase provisoire (intentions)", DEFINITIVE: "Phase définitive (choix)" };
const STEPS = ["Intentions provisoires", "Choix définitifs", "Décision"];

// ------------------------------------------------------------------ start
start().catch((error) => {
  main.innerHTML = alertBox("error", "Le service est momentanément indisponible", error.message);
});

async function start() {
  document.getElementById("footer").innerHTML = footer();
  const [data, texts] = await Promise.all([requireViewer(), request("GuideTexts")]); // one round trip
  state.me = data.me;
  state.unread = data.unreadNotificationCount;
  drawHeader();
  state.texts = texts.guideTexts;
  state.pupilId = pupilFromUrl() || (state.me.children.length === 1 ? state.me.children[0].id : null);
  window.addEventListener("beforeunload", (event) => {
    if (mustAcknowledge()) {
      event.preventDefault();
      event.returnValue = state.texts.avis.leaveWarning;
      return state.texts.avis.leaveWarning;
    }
  });
  main.addEventListener("click", onClick);
  main.addEventListener("change", onChange);
  main.addEventListener("input", onInput);
  main.addEventListener("submit", onSubmit);
  if (new URLSearchParams(window.location.search).get("vue") === "notifications") state.view = "notifications";
  await showPupil(state.pupilId);
  performance.mark("orientation:interactive"); // bench/web_page.py: the file is drawn and usable
  document.documentElement.dataset.ready = "true";
}

function pupilFromUrl() {
  const match = window.location.pathname.match(/^\/orientation\/eleves\/([^/]+)/);
  return match ? decodeURIComponent(match[1]) : new URLSearchParams(window.location.search).get("eleve");
}

function drawHeader() {
  const label = state.unread ? `Notifications <span class="fr-badge fr-badge--sm fr-badge--info" id="unread-badge">${state.unread}</span>` : "Notifications";
  mountHeader(state.me, [{ href: "/famille.html?vue=notifications", label, id: "notifications-link", icon: "fr-icon-mail-line" }], leaveAllowed);
  if (!drawHeader.bound) {
    drawHeader.bound = true;
    document.addEventListener("click", (event) => {
      if (!event.target.closest("[data-notifications]")) return;
      event.preventDefault();
      if (!leaveAllowed()) return;
      document.querySelector("[aria-controls=menu-modal][aria-expanded=true].fr-btn--close")?.click();
      history.pushState(null, "", "/famille.html?vue=notifications");
      showNotifications();
    });
  }
}

function mustAcknowledge() {
  const o = state.file?.orientation;
  return Boolean(o?.acknowledgementPending && o.viewer.canAcknowledge);
}

/** The guide's pop-up when leaving an avis not yet acknowledged. */
function leaveAllowed() {
  return !mustAcknowledge() || window.confirm(state.texts.avis.leaveWarning);
}

async function showPupil(pupilId) {
  unsubscribers.forEach((stop) => stop());
  unsubscribers = [];
  if (pupilId !== state.pupilId) state.reference = null; // another child: maybe another palier
  state.pupilId = pupilId;
  state.editing = null;
  state.flash = null;
  if (!pupilId) {
    drawPicker();
    return;
  }
  await loadFile();
  if (state.view === "notifications") await showNotifications();
  else draw();
  unsubscribers.push(
    subscribe("PupilFileUpdates", { pupilId }, (data) => onLiveEvent(data.pupilFileUpdates)),
    subscribe("AvisAvailable", { pupilId }, (data) => {
      state.live = { kind: "info", text: data.avisAvailable.message };
      loadFile().then(draw);
    }),
  );
}

async function loadFile() {
  const child = state.me.children.find((c) => c.id === state.pupilId);
  if (!state.reference && child && state.me.role === "GUARDIAN") {
    // The form's reference data in the same round trip as the file: a guardian usually edits.
    const [data, ref] = await Promise.all([request("PupilFile", { id: state.pupilId }), request("FormReference", { palier: child.palier, pupilId: child.id })]);
    state.reference = ref;
    return useFile(data);
  }
  return useFile(await request("PupilFile", { id: state.pupilId }));
}

async function useFile(data) {
  if (!data.pupil) {
    state.file = null;
    return;
  }
  state.file = data.pupil;
  if (!state.editing && state.file.orientation.viewer.canEditIntentions && !state.file.orientation.intentions) {
    await beginEditing("intentions");
  } else if (!state.editing && state.file.orientation.viewer.canEnterChoices && !state.file.orientation.choices) {
    await beginEditing("choices");
  }
}

async function onLiveEvent(event) {
  if (!event.byViewer) {
    state.live = { kind: "info", text: `${event.title} — ${event.message}`, at: event.occurredAt };
    state.unread += 1;
  }
  drawHeader();
  await loadFile();
  if (state.view === "dossier") draw();
}

// ------------------------------------------------------------------ drawing
function drawPicker() {
  const children = state.me.children;
  main.innerHTML = html`<h1>Choisir un enfant</h1>
    ${raw(children.length ? "" : alertBox("info", "", "Aucun élève n'est rattaché à ce compte."))}
    <div class="child-picker">${children.map((c) =>
      raw(html`<div class="fr-card fr-enlarge-link"><div class="fr-card__body"><div class="fr-card__content">
        <h2 class="fr-card__title"><a href="/famille.html?eleve=${encodeURIComponent(c.id)}" data-action="pick" data-id="${c.id}">${c.firstName} ${c.lastName}</a></h2>
        <p class="fr-card__desc">${c.division ? `Classe de ${c.division.code}` : ""} — ${c.etablissement.name}</p>
      </div></div></div>`),
    )}</div>`;
  main.focus();
}

function draw() {
  const focused = document.activeElement?.id || state.focusId;
  if (!state.file) {
    main.innerHTML = alertBox("error", "", "Élève introuvable ou non accessible avec ce compte.");
    return;
  }
  const p = state.file;
  const o = p.orientation;
  const step = o.decision ? 3 : o.campaign.phase === "DEFINITIVE" || o.choices || o.proposition ? 2 : 1;
  main.innerHTML = html`
    ${raw(state.me.children.length > 1 ? `<p><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="/famille.html" data-action="picker">Choisir un autre enfant</a></p>` : "")}
    <h1>Orientation de ${p.firstName} ${p.lastName}</h1>
    <p class="fr-text--lead fr-mb-2w">${p.division ? `Classe de ${p.division.code} — ` : ""}${p.etablissement.name}</p>
    <div id="live" class="live-status" aria-live="polite">${raw(state.live ? alertBox(state.live.kind, "Mise à jour", state.live.text) : "")}</div>
    ${raw(stepper(step))}
    ${raw(campaignBlock(o, p))}
    ${raw(o.horsProcedure ? alertBox("info", "", o.horsProcedureMessage || "Votre enfant ne participe pas à la procédure d'orientation.") : "")}
    ${raw(state.flash ? alertBox(state.flash.kind, "", state.flash.text, "flash") : "")}
    ${raw(step >= 2 ? phase2Blocks(o, p) : "")}
    ${raw(intentionsBlock(o, p))}
    ${raw(avisBlock(o))}
    ${raw(disagreementBlock(o))}`;
  const target = focused && document.getElementById(focused);
  if (target) target.focus();
  state.focusId = null;
}

function stepper(step) {
  return html`<div class="fr-stepper">
    <h2 class="fr-stepper__title">${STEPS[step - 1]}<span class="fr-stepper__state">Étape ${step} sur 3</span></h2>
    <div class="fr-stepper__steps" data-fr-current-step="${step}" data-fr-steps="3"></div>
    ${raw(step < 3 ? html`<p class="fr-stepper__details"><span class="fr-text--bold">Étape suivante :</span> ${STEPS[step]}</p>` : "")}
  </div>`;
}

function campaignBlock(o, p) {
  const c = o.campaign;
  if (c.state === "NOT_OPEN") {
    return html`<div class="fr-notice fr-notice--info fr-mb-3w"><div class="fr-container"><div class="fr-notice__body">
        <p class="fr-notice__title">${c.message}</p></div></div></div>
      <h2 class="fr-h4">Le calendrier est le suivant :</h2>
      <ul>${c.calendar.map((w) => raw(html`<li>${PHASE_LABEL[w.phase]} : du ${frDate(w.startsAt)} au ${frDate(w.endsAt)}</li>`))}</ul>`;
  }
  if (c.state === "CLOSED_BY_SCHOOL") {
    const reopening = c.expectedReopeningOn || p.etablissement.expectedReopeningOn;
    const acknowledged = Boolean(o.acknowledgement);
    const items = [
      { done: Boolean(o.intentions), text: o.intentions ? `Intentions validées le ${frDate(o.intentions.validatedAt)}` : "Intentions provisoires : aucune saisie enregistrée" },
      { current: true, text: `Service fermé par l'établissement${p.etablissement.closureMessage ? ` : ${p.etablissement.closureMessage}` : " pendant les conseils de classe"}` },
      { text: reopening ? `Réouverture prévue le ${frDate(reopening)}` : "Réouverture : date communiquée par l'établissement" },
      { done: acknowledged, text: "Consultation et accusé de réception de l'avis du conseil de classe" },
    ];
    return html`<div class="fr-alert fr-alert--warning fr-mb-3w" id="closed-alert">
        <h2 class="fr-alert__title">Le service est fermé</h2><p>${c.message}${reopening && !c.message.includes("Réouverture") ? ` Réouverture prévue le ${frDate(reopening)}.` : ""}</p></div>
      <h2 class="fr-h5">Où en est la procédure ?</h2>
      <ol class="timeline" id="timeline">${items.map((i) => raw(html`<li class="${i.done ? "is-done" : i.current ? "is-current" : ""}">${i.done ? "✓ " : ""}${i.text}</li>`))}</ol>`;
  }
  return "";
}

function requestLines(r) {
  const lines = [];
  if (r.serie) lines.push(`Série : ${r.serie.label}${r.serieOption ? ` — option ${r.serieOption}` : ""}`);
  if (r.metier) lines.push(`Métier ou formation : ${r.metier}`);
  const statuts = [r.statutScolaire && "Sous statut scolaire", r.statutApprenti && "Sous statut d'apprenti"].filter(Boolean);
  if (statuts.length) lines.push(statuts.join(" — "));
  if (r.specialites.length) lines.push(`Enseignements de spécialité : ${r.specialites.map((s) => s.label || s.code).join(", ")}`);
  return lines;
}

function recap(set, noun, id) {
  return html`<div id="${id}">${set.requests.map((r) =>
    raw(html`<div class="recap-item"><p class="fr-mb-1v"><strong>${noun} ${r.rank} :</strong> ${r.voie.label}</p>
      ${requestLines(r).map((l) => raw(html`<p class="fr-mb-1v fr-text--sm">${l}</p>`))}</div>`),
  )}</div>`;
}

function intentionsBlock(o) {
  const t = state.texts.intentionsForm;
  const v = o.viewer;
  const editing = state.editing?.kind === "intentions";
  let body;
  if (editing) body = intentionsForm("intentions", "Intention");
  else if (o.intentions) {
    body = html`<p class="fr-text--bold">${t.heading}</p>${raw(recap(o.intentions, "Intention", "intentions-recap"))}
      <p class="fr-text--sm">Validées le ${frDateTime(o.intentions.validatedAt)}${o.intentions.channel === "PAPER" ? " (formulaire papier)" : ""}.</p>
      ${raw(v.canEditIntentions ? `<button class="fr-btn fr-btn--secondary" type="button" data-action="edit" data-kind="intentions" id="modify-intentions">Modifier</button>` : "")}`;
  } else body = html`<p>Aucune intention n'a encore été validée.</p>`;
  const readOnly = v.readOnlyMessage && !v.canEditIntentions && !o.provisionalAvis?.published;
  const blocker = !v.canEditIntentions && v.editBlocker && !v.readOnlyMessage && !o.intentions ? v.editBlocker.message : "";
  return html`<section class="fr-mt-4w" aria-labelledby="intentions-title">
    <h2 id="intentions-title" class="fr-h4">Deuxième trimestre ou premier semestre : DEMANDE(S) DES REPRÉSENTANTS LÉGAUX / Intention(s) d'orientation.</h2>
    ${raw(body)}
    ${raw(readOnly ? alertBox("warning", "", v.readOnlyMessage, "read-only-message") : "")}
    ${raw(blocker ? alertBox("info", "", blocker) : "")}
  </section>`;
}

function tooltip(id, text) {
  return html`<button class="fr-btn--tooltip fr-btn" type="button" id="${id}-button" aria-describedby="${id}">Information contextuelle</button><span class="fr-tooltip fr-placement" id="${id}" role="tooltip" aria-hidden="true">${text}</span>`;
}

function intentionsForm(kind, noun) {
  const t = state.texts.intentionsForm;
  const e = state.editing;
  const ref = state.reference;
  const voies = ref.voies;
  const offered = new Set(ref.offeredSpecialites);
  const items = e.items
    .map((item, i) => {
      const n = i + 1;
      const voie = voies.find((x) => x.code === item.voie);
      const missing = e.missing.has(i);
      const serie = voie?.requiresSerie ? ref.series.find((s) => s.code === item.serie) : null;
      return html`<fieldset class="intention fr-fieldset" id="${kind}-${i}" aria-labelledby="${kind}-${i}-legend">
        <div class="intention__head">
          <legend class="fr-fieldset__legend fr-h6 fr-mb-0" id="${kind}-${i}-legend">${noun} ${n}</legend>
          <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left">
            <li><button type="button" class="fr-btn fr-btn--tertiary fr-icon-arrow-down-line" data-action="down" data-index="${i}" id="${kind}-${i}-down" ${raw(i === e.items.length - 1 ? "disabled" : "")}>Descendre<span class="fr-sr-only"> l'${noun.toLowerCase()} ${n}</span></button></li>
            <li><button type="button" class="fr-btn fr-btn--tertiary fr-icon-arrow-up-line" data-action="up" data-index="${i}" id="${kind}-${i}-up" ${raw(i === 0 ? "disabled" : "")}>Monter<span class="fr-sr-only"> l'${noun.toLowerCase()} ${n}</span></button></li>
            <li><button type="button" class="fr-btn fr-btn--tertiary fr-icon-delete-line" data-action="delete" data-index="${i}" id="${kind}-${i}-delete" ${raw(e.items.length === 1 ? "disabled" : "")}>Supprimer<span class="fr-sr-only"> l'${noun.toLowerCase()} ${n}</span></button></li>
          </ul>
        </div>
        <div class="fr-fieldset__element"><fieldset class="fr-fieldset ${missing ? "fr-fieldset--error" : ""}" id="${kind}-${i}-voies" aria-labelledby="${kind}-${i}-voies-legend ${missing ? `${kind}-${i}-voie-error` : ""}">
          <legend class="fr-fieldset__legend--regular fr-fieldset__legend" id="${kind}-${i}-voies-legend">Voie demandée</legend>
          ${voies.map((v) =>
            raw(html`<div class="fr-fieldset__element"><div class="fr-radio-group">
              <input type="radio" id="${kind}-${i}-voie-${v.code}" name="${kind}-${i}-voie" value="${v.code}" data-index="${i}" data-field="voie" ${raw(item.voie === v.code ? "checked" : "")}>
              <label class="fr-label" for="${kind}-${i}-voie-${v.code}">${v.label}</label></div></div>`),
          )}
          ${raw(missing ? html`<div class="fr-messages-group" id="${kind}-${i}-voie-error" aria-live="assertive"><p class="fr-message fr-message--error">Vous devez sélectionner une voie.</p></div>` : "")}
        </fieldset></div>
        ${raw(voie?.allowsMetier ? html`
          <div class="fr-fieldset__element"><div class="fr-input-group">
            <label class="fr-label" for="${kind}-${i}-metier">${t.metierPrompt} ${raw(tooltip(`${kind}-${i}-metier-help`, t.metierHelp))}<span class="fr-hint-text">Métier ou formation (facultatif)</span></label>
            <input class="fr-input" id="${kind}-${i}-metier" data-index="${i}" data-field="metier" maxlength="120" value="${item.metier || ""}">
          </div></div>
          <div class="fr-fieldset__element"><div class="fr-checkbox-group">
            <input type="checkbox" id="${kind}-${i}-scolaire" data-index="${i}" data-field="statutScolaire" ${raw(item.statutScolaire ? "checked" : "")}>
            <label class="fr-label" for="${kind}-${i}-scolaire">Sous statut scolaire</label></div>${raw(tooltip(`${kind}-${i}-scolaire-help`, t.statutScolaireHelp))}</div>
          <div class="fr-fieldset__element"><div class="fr-checkbox-group">
            <input type="checkbox" id="${kind}-${i}-apprenti" data-index="${i}" data-field="statutApprenti" ${raw(item.statutApprenti ? "checked" : "")}>
            <label class="fr-label" for="${kind}-${i}-apprenti">Sous statut d'apprenti</label></div>${raw(tooltip(`${kind}-${i}-apprenti-help`, t.statutApprentiHelp))}</div>` : "")}
        ${raw(voie?.requiresSerie ? html`
          <div class="fr-fieldset__element"><div class="fr-select-group">
            <label class="fr-label" for="${kind}-${i}-serie">Série</label>
            <select class="fr-select" id="${kind}-${i}-serie" data-index="${i}" data-field="serie">
              <option value="">Choisir une série</option>
              ${ref.series.map((s) => raw(html`<option value="${s.code}" ${raw(item.serie === s.code ? "selected" : "")}>${s.label}</option>`))}
            </select></div></div>
          ${raw(serie?.options.length ? html`<div class="fr-fieldset__element"><div class="fr-select-group">
            <label class="fr-label" for="${kind}-${i}-option">Option</label>
            <select class="fr-select" id="${kind}-${i}-option" data-index="${i}" data-field="serieOption">
              <option value="">Choisir une option</option>
              ${serie.options.map((opt) => raw(html`<option value="${opt}" ${raw(item.serieOption === opt ? "selected" : "")}>${opt}</option>`))}
            </select></div></div>` : "")}` : "")}
        ${raw(voie?.hasSpecialites ? html`
          <div class="fr-fieldset__element"><fieldset class="fr-fieldset" aria-labelledby="${kind}-${i}-spe-legend">
            <legend class="fr-fieldset__legend--regular fr-fieldset__legend" id="${kind}-${i}-spe-legend">Enseignements de spécialité<span class="fr-hint-text">Cochez-en quatre parmi ceux que propose l'établissement${kind === "choices" ? ", dans l'ordre de préférence (le rang s'affiche)" : ""}, et éventuellement un cinquième qu'il ne propose pas.</span></legend>
            ${ref.specialites.map((s) => {
              const rank = item.specialites.indexOf(s.code);
              return raw(html`<div class="fr-fieldset__element"><div class="fr-checkbox-group fr-checkbox-group--sm">
                <input type="checkbox" id="${kind}-${i}-spe-${s.code}" data-index="${i}" data-field="specialite" value="${s.code}" ${raw(rank >= 0 ? "checked" : "")}>
                <label class="fr-label" for="${kind}-${i}-spe-${s.code}">${s.label}${offered.has(s.code) ? "" : " (non proposé dans l'établissement)"}${rank >= 0 && kind === "choices" ? ` — rang ${rank + 1}` : ""}</label></div></div>`);
            })}</fieldset></div>` : "")}
      </fieldset>`;
    })
    .join("");
  const hasErrors = e.missing.size > 0 || e.errors.length > 0;
  return html`<form id="${kind}-form" novalidate data-kind="${kind}">
    <p>${t.instructions}</p>
    <p class="fr-text--bold">${t.heading}</p>
    <div id="${kind}-errors" aria-live="assertive">${raw(hasErrors ? alertBox("error", "", t.formHasErrors) : "")}${raw(errorList(e.errors))}</div>
    ${raw(items)}
    <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
      <li><button type="button" class="fr-btn fr-btn--secondary fr-icon-add-line fr-btn--icon-left" data-action="add" id="${kind}-add" ${raw(e.items.length >= 3 ? "disabled" : "")}>Ajouter une ${noun.toLowerCase()}</button></li>
      <li><button type="button" class="fr-btn fr-btn--tertiary" data-action="cancel" id="${kind}-cancel">Annuler</button></li>
      <li><button type="submit" class="fr-btn" id="${kind}-submit">Valider</button></li>
    </ul></form>`;
}

function avisBlock(o) {
  const a = o.provisionalAvis;
  if (!a?.published) return "";
  const t = state.texts.avis;
  const prompt = o.acknowledgementPrompt;
  const v = o.viewer;
  let footerHtml = "";
  if (o.acknowledgement) footerHtml = alertBox("success", "", o.acknowledgement.message, "acknowledgement-message");
  else if (v.canAcknowledge)
    footerHtml = html`<form id="acknowledge-form" novalidate>
      <div class="fr-checkbox-group fr-mb-2w"><input type="checkbox" id="acknowledge" name="acknowledge">
        <label class="fr-label" for="acknowledge">${prompt?.checkboxLabel || t.checkboxLabel}</label></div>
      <p class="fr-text--sm">${prompt?.contactHint || t.contactHint}</p>
      <div id="acknowledge-errors" aria-live="assertive"></div>
      <button class="fr-btn" type="submit" id="acknowledge-submit">Valider</button></form>`;
  else footerHtml = alertBox("warning", "", v.acknowledgeBlocker?.message || v.readOnlyMessage || "", "acknowledge-blocker");
  return html`<section class="fr-mt-4w" aria-labelledby="avis-title" id="avis">
    <h2 id="avis-title" class="fr-h4">Deuxième trimestre ou premier semestre : AVIS PROVISOIRE(S) D'ORIENTATION.</h2>
    ${raw(!o.acknowledgement ? html`<p>${t.acknowledgementRequired}</p>` : "")}
    <p class="fr-text--bold">Le conseil de classe répond au(x) demande(s) des représentants légaux :</p>
    <div class="fr-callout fr-mb-3w"><p class="fr-callout__text fr-text--md">${a.notice}</p></div>
    ${a.items.map((item) =>
      raw(html`<div class="avis-row"><div><strong>Intention ${item.rank} :</strong> ${item.request?.voie.label || ""}
        ${raw(item.advisedMetier ? html`<p class="fr-text--sm fr-mb-0">Métier ou formation conseillé par le conseil de classe : ${item.advisedMetier}</p>` : "")}</div>
        <p class="fr-mb-0 fr-text--bold avis-value avis-value--${item.value.toLowerCase()}">${item.label}</p></div>`),
    )}
    ${raw(a.recommendation ? html`<p class="fr-mt-2w fr-text--bold">Recommandation du conseil de classe pour une voie non demandée par les représentants légaux :</p>
      <p>${a.recommendation.voie.label}${a.recommendation.serie ? ` — ${a.recommendation.serie.label}` : ""}</p>
      ${raw(a.recommendation.metier ? html`<p class="fr-text--sm">Métier ou formation conseillé par le conseil de classe : ${a.recommendation.metier}</p>` : "")}` : "")}
    ${raw(a.specialiteRecommendations.length ? html`<p>Enseignements de spécialité recommandés : ${a.specialiteRecommendations.map((s) => s.label).join(", ")}</p>` : "")}
    ${raw(a.motivation ? html`<p class="fr-mt-2w fr-text--bold">Motivations du conseil de classe concernant le ou les avis défavorables ou réservés et recommandations :</p><p>${a.motivation}</p>` : "")}
    ${raw(footerHtml)}
  </section>`;
}

function disagreementBlock(o) {
  const v = o.viewer;
  const mine = o.disagreements.filter((d) => d.byViewer);
  if (!v.canRecordDisagreement && !mine.length) return "";
  return html`<section class="fr-mt-4w" aria-labelledby="disagreement-title">
    <h2 id="disagreement-title" class="fr-h5">Désaccord avec l'autre responsable</h2>
    ${mine.map((d) => raw(alertBox("info", "", `${d.message} (enregistré le ${frDateTime(d.recordedAt)})`)))}
    ${raw(v.canRecordDisagreement ? html`<form id="disagreement-form" novalidate>
      <div class="fr-input-group"><label class="fr-label" for="disagreement-message">Vous n'êtes pas d'accord avec la saisie : expliquez pourquoi, le chef d'établissement en sera informé.</label>
      <textarea class="fr-input" id="disagreement-message" name="message" rows="3" maxlength="1000"></textarea></div>
      <div id="disagreement-errors" aria-live="assertive"></div>
      <button class="fr-btn fr-btn--secondary" type="submit" id="disagreement-submit">Signaler mon désaccord</button></form>` : "")}
  </section>`;
}

function phase2Blocks(o) {
  const v = o.viewer;
  const parts = [];
  // Choix définitifs.
  let choices;
  if (state.editing?.kind === "choices") choices = intentionsForm("choices", "Choix");
  else if (o.choices)
    choices = html`${raw(recap(o.choices, "Choix", "choices-recap"))}<p class="fr-text--sm">Validés le ${frDateTime(o.choices.validatedAt)}.</p>
      ${raw(v.canEnterChoices ? `<button class="fr-btn fr-btn--secondary" type="button" data-action="edit" data-kind="choices" id="modify-choices">Modifier</button>` : "")}`;
  else choices = html`<p>${v.choicesBlocker?.message || "Aucun choix définitif n'a encore été validé."}</p>`;
  parts.push(html`<section class="fr-mt-4w" aria-labelledby="choices-title"><h2 id="choices-title" class="fr-h4">Troisième trimestre ou second semestre : CHOIX DÉFINITIF(S) DES REPRÉSENTANTS LÉGAUX.</h2>${raw(choices)}</section>`);
  // Proposition and answer.
  if (o.proposition?.published) {
    const p = o.proposition;
    let answer = "";
    if (o.familyAnswer) answer = alertBox(o.familyAnswer.agrees ? "success" : "info", "", o.familyAnswer.message, "family-answer");
    else if (v.canAnswerProposition)
      answer = html`<div id="answer-errors" aria-live="assertive"></div><ul class="fr-btns-group fr-btns-group--inline-md">
        <li><button class="fr-btn" type="button" data-action="answer" data-agrees="true" id="answer-agree">Je suis d'accord</button></li>
        <li><button class="fr-btn fr-btn--secondary" type="button" data-action="answer" data-agrees="false" id="answer-disagree">Je ne suis pas d'accord</button></li></ul>`;
    else if (v.answerBlocker) answer = alertBox("info", "", v.answerBlocker.message);
    parts.push(html`<section class="fr-mt-4w" aria-labelledby="proposition-title"><h2 id="proposition-title" class="fr-h4">Proposition du conseil de classe</h2>
      <p class="fr-text--lg">${p.voie.label}${p.serie ? ` — ${p.serie.label}` : ""}</p>
      ${raw(p.motivation ? html`<p><strong>Motivation :</strong> ${p.motivation}</p>` : "")}
      ${raw(p.specialiteRecommendations.length ? html`<p>Enseignements de spécialité recommandés : ${p.specialiteRecommendations.map((s) => s.label).join(", ")}</p>` : "")}
      ${raw(answer)}
      ${raw(o.headInterview ? html`<p>Entretien avec le chef d'établissement le ${frDate(o.headInterview.date)}.</p>` : "")}</section>`);
  }
  // Décision, appel, maintien.
  if (o.decision) {
    const d = o.decision;
    const actions = [];
    if (v.canAppeal) actions.push(`<li><button class="fr-btn" type="button" data-action="appeal" id="appeal">Faire appel de la décision</button></li>`);
    if (v.canRequestMaintien) actions.push(`<li><button class="fr-btn fr-btn--secondary" type="button" data-action="maintien" id="maintien">Demander le maintien dans la classe d'origine</button></li>`);
    parts.push(html`<section class="fr-mt-4w" aria-labelledby="decision-title"><h2 id="decision-title" class="fr-h4">Décision d'orientation</h2>
      <p class="fr-text--lg">${d.voie.label}${d.serie ? ` — ${d.serie.label}` : ""}${d.remiseANiveau ? " (avec un dispositif de remise à niveau)" : ""}</p>
      ${raw(d.motivation ? html`<p><strong>Motivation :</strong> ${d.motivation}</p>` : "")}
      <p class="fr-text--sm">Notifiée le ${frDate(d.notifiedOn)}. ${d.notice}</p>
      ${raw(d.appealDeadline ? alertBox("warning", "Délai d'appel", `${d.appealMessage || ""} Date limite : ${frDate(d.appealDeadline)}.`, "appeal-deadline") : "")}
      <div id="decision-errors" aria-live="assertive"></div>
      ${raw(actions.length ? `<ul class="fr-btns-group fr-btns-group--inline-md">${actions.join("")}</ul>` : "")}
      ${raw(o.appeal ? alertBox("info", "Appel", `Appel déposé le ${frDate(o.appeal.filedOn)}.${o.appeal.outcome ? ` ${o.appeal.outcome.message}` : ""}`, "appeal-status") : "")}
      ${raw(o.maintien ? alertBox("info", "Maintien", o.maintien.message, "maintien-status") : "")}</section>`);
  }
  return parts.join("");
}

// ------------------------------------------------------------------ notifications
async function showNotifications() {
  state.view = "notifications";
  const data = await request("Notifications", { first: 50 });
  state.notifications = data.notifications;
  state.unread = data.unreadNotificationCount;
  drawHeader();
  const list = data.notifications.nodes;
  main.innerHTML = html`<p><a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" href="#" data-action="back">Retour au dossier</a></p>
    <h1>Notifications</h1>
    <p>${data.notifications.totalCount} notification(s), dont ${state.unread} non lue(s).</p>
    ${raw(state.unread ? `<button class="fr-btn fr-btn--secondary fr-mb-3w" type="button" data-action="read-all" id="read-all">Tout marquer comme lu</button>` : "")}
    <ul class="fr-raw-list" id="notification-list">${list.map((n) =>
      raw(html`<li class="recap-item fr-mb-3w"><h2 class="fr-h6 fr-mb-1v">${n.readAt ? "" : raw('<span class="fr-badge fr-badge--sm fr-badge--new fr-mr-1w">Nouveau</span>')}${n.title}</h2>
        <p class="fr-mb-1v">${n.body}</p><p class="fr-text--xs fr-mb-0">${frDateTime(n.createdAt)}</p></li>`),
    )}</ul>`;
  main.focus();
}

// ------------------------------------------------------------------ editing
function toItem(r) {
  return {
    voie: r.voie.code,
    metier: r.metier || "",
    statutScolaire: r.statutScolaire,
    statutApprenti: r.statutApprenti,
    serie: r.serie?.code || "",
    serieOption: r.serieOption || "",
    specialites: [...r.specialites].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0)).map((s) => s.code),
  };
}
const emptyItem = () => ({ voie: "", metier: "", statutScolaire: false, statutApprenti: false, serie: "", serieOption: "", specialites: [] });

async function beginEditing(kind) {
  if (!state.reference) {
    const ref = await request("FormReference", { palier: state.file.palier, pupilId: state.file.id });
    state.reference = ref;
  }
  const saved = state.file.orientation[kind];
  state.editing = { kind, items: saved ? saved.requests.map(toItem) : [emptyItem()], errors: [], missing: new Set() };
}

function toInput(item) {
  const voie = state.reference.voies.find((v) => v.code === item.voie);
  const input = { voie: item.voie };
  if (voie?.allowsMetier) {
    if (item.metier.trim()) input.metier = item.metier.trim();
    input.statutScolaire = item.statutScolaire;
    input.statutApprenti = item.statutApprenti;
  }
  if (voie?.requiresSerie) {
    input.serie = item.serie || null;
    if (item.serieOption) input.serieOption = item.serieOption;
  }
  if (voie?.hasSpecialites) input.specialites = item.specialites;
  return input;
}

async function submitForm(form) {
  const e = state.editing;
  e.missing = new Set(e.items.map((item, i) => (item.voie ? -1 : i)).filter((i) => i >= 0));
  e.errors = [];
  if (e.missing.size) {
    state.focusId = `${e.kind}-${[...e.missing][0]}-voie-${state.reference.voies[0].code}`;
    draw();
    return;
  }
  setBusy(form, true);
  try {
    const items = e.items.map(toInput);
    const result =
      e.kind === "intentions"
        ? (await request("ValidateIntentions", { pupilId: state.pupilId, intentions: items })).validateIntentions
        : (await request("ValidateChoices", { pupilId: state.pupilId, choices: items })).validateChoices;
    if (result.errors.length) {
      e.errors = result.errors;
      state.focusId = `${e.kind}-submit`;
      draw();
      return;
    }
    state.editing = null;
    state.flash = { kind: "success", text: e.kind === "intentions" ? state.texts.intentionsForm.validated : result.message };
    await loadFile();
    state.focusId = "flash";
    draw();
    document.getElementById("flash")?.setAttribute("tabindex", "-1");
    document.getElementById("flash")?.focus();
  } catch (error) {
    e.errors = [{ code: error.code, message: error.message }];
    draw();
  } finally {
    setBusy(form, false);
  }
}

async function mutate(operation, variables, key, errorsId) {
  try {
    const data = await request(operation, variables);
    const result = data[key];
    if (result.errors.length) {
      document.getElementById(errorsId).innerHTML = errorList(result.errors);
      return false;
    }
    state.flash = result.message ? { kind: "success", text: result.message } : null;
    await loadFile();
    draw();
    return true;
  } catch (error) {
    document.getElementById(errorsId).innerHTML = errorList([{ code: error.code, message: error.message }]);
    return false;
  }
}

// ------------------------------------------------------------------ events
async function onClick(event) {
  const target = event.target.closest("[data-action]");
  if (!target) return;
  const action = target.dataset.action;
  const e = state.editing;
  const i = Number(target.dataset.index);
  switch (action) {
    case "pick":
      event.preventDefault();
      history.pushState(null, "", `/famille.html?eleve=${encodeURIComponent(target.dataset.id)}`);
      await showPupil(target.dataset.id);
      return;
    case "picker":
      event.preventDefault();
      if (!leaveAllowed()) return;
      history.pushState(null, "", "/famille.html");
      state.file = null;
      await showPupil(null);
      return;
    case "back":
      event.preventDefault();
      state.view = "dossier";
      history.pushState(null, "", `/famille.html?eleve=${encodeURIComponent(state.pupilId)}`);
      draw();
      return;
    case "read-all":
      await request("MarkNotificationsRead", { ids: null });
      await showNotifications();
      return;
    case "edit":
      await beginEditing(target.dataset.kind);
      state.flash = null;
      state.focusId = `${target.dataset.kind}-0-legend`;
      draw();
      return;
    case "add":
      e.items.push(emptyItem());
      state.focusId = `${e.kind}-${e.items.length - 1}-voie-${state.reference.voies[0].code}`;
      break;
    case "up":
    case "down": {
      const j = action === "up" ? i - 1 : i + 1;
      [e.items[i], e.items[j]] = [e.items[j], e.items[i]];
      e.missing = new Set();
      state.focusId = `${e.kind}-${j}-${action}`;
      if (!document.getElementById(state.focusId) || (action === "down" && j === e.items.length - 1)) state.focusId = `${e.kind}-${j}-up`;
      if (action === "up" && j === 0) state.focusId = `${e.kind}-${j}-down`;
      break;
    }
    case "delete":
      e.items.splice(i, 1);
      e.missing = new Set();
      state.focusId = `${e.kind}-add`;
      break;
    case "cancel":
      state.editing = null;
      if (!state.file.orientation[e.kind]) await beginEditing(e.kind);
      break;
    case "answer":
      target.disabled = true;
      await mutate("AnswerProposition", { pupilId: state.pupilId, agrees: target.dataset.agrees === "true" }, "answerProposition", "answer-errors");
      return;
    case "appeal":
      if (!window.confirm("Confirmez-vous faire appel de la décision d'orientation ?")) return;
      await mutate("FileAppeal", { pupilId: state.pupilId }, "fileAppeal", "decision-errors");
      return;
    case "maintien":
      if (!window.confirm("Confirmez-vous demander le maintien dans la classe d'origine ?")) return;
      await mutate("RequestMaintien", { pupilId: state.pupilId }, "requestMaintien", "decision-errors");
      return;
    default:
      return;
  }
  draw();
}

function onChange(event) {
  const el = event.target;
  const e = state.editing;
  if (!e || el.dataset.index === undefined) return;
  const item = e.items[Number(el.dataset.index)];
  const field = el.dataset.field;
  if (field === "voie") {
    item.voie = el.value;
    e.missing.delete(Number(el.dataset.index));
    state.focusId = el.id;
    draw();
  } else if (field === "statutScolaire" || field === "statutApprenti") item[field] = el.checked;
  else if (field === "serie") {
    item.serie = el.value;
    item.serieOption = "";
    state.focusId = el.id;
    draw();
  } else if (field === "serieOption") item.serieOption = el.value;
  else if (field === "specialite") {
    item.specialites = el.checked ? [...item.specialites, el.value] : item.specialites.filter((c) => c !== el.value);
    if (e.kind === "choices") {
      state.focusId = el.id;
      draw();
    }
  }
}

function onInput(event) {
  const el = event.target;
  if (state.editing && el.dataset.field === "metier") state.editing.items[Number(el.dataset.index)].metier = el.value;
}

async function onSubmit(event) {
  event.preventDefault();
  const form = event.target;
  if (form.id === "intentions-form" || form.id === "choices-form") {
    await submitForm(form);
  } else if (form.id === "acknowledge-form") {
    if (!form.acknowledge.checked) {
      document.getElementById("acknowledge-errors").innerHTML = errorList([{ code: "CONFIRMATION_REQUIRED", message: "Cochez la case pour accuser réception de l'avis." }]);
      form.acknowledge.focus();
      return;
    }
    setBusy(form, true);
    if (!(await mutate("AcknowledgeAvis", { pupilId: state.pupilId, confirm: true }, "acknowledgeAvis", "acknowledge-errors"))) setBusy(form, false);
  } else if (form.id === "disagreement-form") {
    setBusy(form, true);
    if (!(await mutate("RecordGuardianDisagreement", { pupilId: state.pupilId, message: form.message.value }, "recordGuardianDisagreement", "disagreement-errors"))) setBusy(form, false);
  }
}

window.addEventListener("popstate", () => {
  state.view = new URLSearchParams(window.location.search).get("vue") === "notifications" ? "notifications" : "dossier";
  showPupil(pupilFromUrl() || (state.me.children.length === 1 ? state.me.children[0].id : null));
});
