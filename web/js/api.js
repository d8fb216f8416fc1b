// The GraphQL client of the reference front-end. Every operation is a named document of
// web/operations/, sent by its SHA-256 id (trusted documents): the same page works on a
// server that accepts only those (TRUSTED_DOCUMENTS_ONLY). Live updates go through the
// `graphql-ws` client over graphql-transport-ws.
import { createClient } from "/vendor/npm/graphql-ws@6.4.2/dist/client.js";

const TOKEN_KEY = "orientation.token";
let manifest = null;
let wsClient = null;

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: (value) => sessionStorage.setItem(TOKEN_KEY, value),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

/** name -> sha256 id, from the manifest the server also uses. */
async function documentIds() {
  if (!manifest) {
    manifest = fetch("/operations/manifest.json").then(async (response) => {
      if (!response.ok) throw new Error("Manifeste des opérations indisponible");
      const body = await response.json();
      return Object.fromEntries(body.operations.map((op) => [op.name, op.id]));
    });
  }
  return manifest;
}

export class ApiError extends Error {
  constructor(message, code, status) {
    super(message);
    this.code = code;
    this.status = status;
  }
}

/** Runs a named operation; returns `data`. Errors outside payloads become ApiError. */
export async function request(operationName, variables = {}) {
  const ids = await documentIds();
  if (!ids[operationName]) throw new Error(`Opération inconnue : ${operationName}`);
  const headers = { "Content-Type": "application/json", Accept: "application/json" };
  const current = token.get();
  if (current) headers.Authorization = `Bearer ${current}`;
  const response = await fetch("/graphql", {
    method: "POST",
    headers,
    body: JSON.stringify({ documentId: `sha256:${ids[operationName]}`, operationName, variables }),
  });
  let body;
  try {
    body = await response.json();
  } catch {
    throw new ApiError("Le service ne répond pas correctement. Réessayez dans un instant.", "INTERNAL_ERROR", response.status);
  }
  if (response.status === 401) {
    token.clear();
    const error = body.errors?.[0];
    throw new ApiError(error?.message || "Session expirée.", error?.extensions?.code || "UNAUTHENTICATED", 401);
  }
  if (body.errors?.length && !body.data) {
    const error = body.errors[0];
    throw new ApiError(error.message, error.extensions?.code, response.status);
  }
  if (body.errors?.length) {
    const error = body.errors[0];
    throw new ApiError(error.message, error.extensions?.code, response.status);
  }
  return body.data;
}

function client() {
  if (!wsClient) {
    const url = new URL("/graphql", window.location.href);
    url.protocol = url.protocol === "https:" ? "wss:" : "ws:";
    wsClient = createClient({
      url: url.toString(),
      connectionParams: () => ({ Authorization: `Bearer ${token.get()}` }),
      retryAttempts: 30, // close events only (the default shouldRetry)
      keepAlive: 20000,
      on: {
        connected: () => document.documentElement.dataset.live = "connected",
        closed: () => document.documentElement.dataset.live = "closed",
      },
    });
  }
  return wsClient;
}

/** Subscribes to a named subscription; `onData(data)` for each event. Returns an unsubscribe function. */
export function subscribe(operationName, variables, onData, onError = console.error) {
  let dispose = null;
  let cancelled = false;
  documentIds().then((ids) => {
    if (cancelled) return;
    dispose = client().subscribe(
      // graphql-ws requires a string `query`: empty, the server puts the document's text back.
      { query: "", documentId: `sha256:${ids[operationName]}`, operationName, variables },
      {
        next: (result) => (result.data ? onData(result.data) : onError(result.errors)),
        error: onError,
        complete: () => {},
      },
    );
  });
  return () => {
    cancelled = true;
    if (dispose) dispose();
  };
}

export function closeLive() {
  if (wsClient) {
    wsClient.dispose();
    wsClient = null;
  }
}
