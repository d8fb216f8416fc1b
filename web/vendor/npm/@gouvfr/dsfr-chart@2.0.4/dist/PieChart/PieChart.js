var Ih = Object.defineProperty;
var Lh = (e, t, n) => t in e ? Ih(e, t, { enumerable: !0, configurable: !0, writable: !0, value: n }) : e[t] = n;
var W = (e, t, n) => Lh(e, typeof t != "symbol" ? t + "" : t, n);
var Qc = {};
/**
* @vue/shared v3.5.13
* (c) 2018-present Yuxi (Evan) You and Vue contributors
* @license MIT
**/
/*! #__NO_SIDE_EFFECTS__ */
// @__NO_SIDE_EFFECTS__
function Ue(e) {
  const t = /* @__PURE__ */ Object.create(null);
  for (const n of e.split(",")) t[n] = 1;
  return (n) => n in t;
}
const dt = Qc.NODE_ENV !== "production" ? Object.freeze({}) : {}, Wn = Qc.NODE_ENV !== "production" ? Object.freeze([]) : [], Dt = () => {
}, Fh = () => !1, Us = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && // uppercase letter
(e.charCodeAt(2) > 122 || e.charCodeAt(2) < 97), Ii = (e) => e.startsWith("onUpdate:"), _t = Object.assign, jr = (e, t) => {
  const n = e.indexOf(t);
  n > -1 && e.splice(n, 1);
}, $h = Object.prototype.hasOwnProperty, at = (e, t) => $h.call(e, t), U = Array.isArray, vn = (e) => ro(e) === "[object Map]", tf = (e) => ro(e) === "[object Set]", q = (e) => typeof e == "function", bt = (e) => typeof e == "string", an = (e) => typeof e == "symbol", pt = (e) => e !== null && typeof e == "object", Br = (e) => (pt(e) || q(e)) && q(e.then) && q(e.catch), ef = Object.prototype.toString, ro = (e) => ef.call(e), zr = (e) => ro(e).slice(8, -1), ao = (e) => ro(e) === "[object Object]", Hr = (e) => bt(e) && e !== "NaN" && e[0] !== "-" && "" + parseInt(e, 10) === e, Os = /* @__PURE__ */ Ue(
  // the leading comma is intentional so empty string "" is also included
  ",key,ref,ref_for,ref_key,onVnodeBeforeMount,onVnodeMounted,onVnodeBeforeUpdate,onVnodeUpdated,onVnodeBeforeUnmount,onVnodeUnmounted"
), jh = /* @__PURE__ */ Ue(
  "bind,cloak,else-if,else,for,html,if,model,on,once,pre,show,slot,text,memo"
), lo = (e) => {
  const t = /* @__PURE__ */ Object.create(null);
  return (n) => t[n] || (t[n] = e(n));
}, Bh = /-(\w)/g, qt = lo(
  (e) => e.replace(Bh, (t, n) => n ? n.toUpperCase() : "")
), zh = /\B([A-Z])/g, Qt = lo(
  (e) => e.replace(zh, "-$1").toLowerCase()
), co = lo((e) => e.charAt(0).toUpperCase() + e.slice(1)), mn = lo(
  (e) => e ? `on${co(e)}` : ""
), wn = (e, t) => !Object.is(e, t), ls = (e, ...t) => {
  for (let n = 0; n < e.length; n++)
    e[n](...t);
}, Li = (e, t, n, s = !1) => {
  Object.defineProperty(e, t, {
    configurable: !0,
    enumerable: !1,
    writable: s,
    value: n
  });
}, Hh = (e) => {
  const t = parseFloat(e);
  return isNaN(t) ? e : t;
}, Ia = (e) => {
  const t = bt(e) ? Number(e) : NaN;
  return isNaN(t) ? e : t;
};
let La;
const Ks = () => La || (La = typeof globalThis < "u" ? globalThis : typeof self < "u" ? self : typeof window < "u" ? window : typeof global < "u" ? global : {});
function fo(e) {
  if (U(e)) {
    const t = {};
    for (let n = 0; n < e.length; n++) {
      const s = e[n], i = bt(s) ? Kh(s) : fo(s);
      if (i)
        for (const o in i)
          t[o] = i[o];
    }
    return t;
  } else if (bt(e) || pt(e))
    return e;
}
const Wh = /;(?![^(]*\))/g, Yh = /:([^]+)/, Uh = /\/\*[^]*?\*\//g;
function Kh(e) {
  const t = {};
  return e.replace(Uh, "").split(Wh).forEach((n) => {
    if (n) {
      const s = n.split(Yh);
      s.length > 1 && (t[s[0].trim()] = s[1].trim());
    }
  }), t;
}
function Wr(e) {
  let t = "";
  if (bt(e))
    t = e;
  else if (U(e))
    for (let n = 0; n < e.length; n++) {
      const s = Wr(e[n]);
      s && (t += s + " ");
    }
  else if (pt(e))
    for (const n in e)
      e[n] && (t += n + " ");
  return t.trim();
}
const Xh = "html,body,base,head,link,meta,style,title,address,article,aside,footer,header,hgroup,h1,h2,h3,h4,h5,h6,nav,section,div,dd,dl,dt,figcaption,figure,picture,hr,img,li,main,ol,p,pre,ul,a,b,abbr,bdi,bdo,br,cite,code,data,dfn,em,i,kbd,mark,q,rp,rt,ruby,s,samp,small,span,strong,sub,sup,time,u,var,wbr,area,audio,map,track,video,embed,object,param,source,canvas,script,noscript,del,ins,caption,col,colgroup,table,thead,tbody,td,th,tr,button,datalist,fieldset,form,input,label,legend,meter,optgroup,option,output,progress,select,textarea,details,dialog,menu,summary,template,blockquote,iframe,tfoot", qh = "svg,animate,animateMotion,animateTransform,circle,clipPath,color-profile,defs,desc,discard,ellipse,feBlend,feColorMatrix,feComponentTransfer,feComposite,feConvolveMatrix,feDiffuseLighting,feDisplacementMap,feDistantLight,feDropShadow,feFlood,feFuncA,feFuncB,feFuncG,feFuncR,feGaussianBlur,feImage,feMerge,feMergeNode,feMorphology,feOffset,fePointLight,feSpecularLighting,feSpotLight,feTile,feTurbulence,filter,foreignObject,g,hatch,hatchpath,image,line,linearGradient,marker,mask,mesh,meshgradient,meshpatch,meshrow,metadata,mpath,path,pattern,polygon,polyline,radialGradient,rect,set,solidcolor,stop,switch,symbol,text,textPath,title,tspan,unknown,use,view", Gh = "annotation,annotation-xml,maction,maligngroup,malignmark,math,menclose,merror,mfenced,mfrac,mfraction,mglyph,mi,mlabeledtr,mlongdiv,mmultiscripts,mn,mo,mover,mpadded,mphantom,mprescripts,mroot,mrow,ms,mscarries,mscarry,msgroup,msline,mspace,msqrt,msrow,mstack,mstyle,msub,msubsup,msup,mtable,mtd,mtext,mtr,munder,munderover,none,semantics", Zh = /* @__PURE__ */ Ue(Xh), Jh = /* @__PURE__ */ Ue(qh), Qh = /* @__PURE__ */ Ue(Gh), td = "itemscope,allowfullscreen,formnovalidate,ismap,nomodule,novalidate,readonly", ed = /* @__PURE__ */ Ue(td);
function nf(e) {
  return !!e || e === "";
}
const sf = (e) => !!(e && e.__v_isRef === !0), or = (e) => bt(e) ? e : e == null ? "" : U(e) || pt(e) && (e.toString === ef || !q(e.toString)) ? sf(e) ? or(e.value) : JSON.stringify(e, of, 2) : String(e), of = (e, t) => sf(t) ? of(e, t.value) : vn(t) ? {
  [`Map(${t.size})`]: [...t.entries()].reduce(
    (n, [s, i], o) => (n[So(s, o) + " =>"] = i, n),
    {}
  )
} : tf(t) ? {
  [`Set(${t.size})`]: [...t.values()].map((n) => So(n))
} : an(t) ? So(t) : pt(t) && !U(t) && !ao(t) ? String(t) : t, So = (e, t = "") => {
  var n;
  return (
    // Symbol.description in es2019+ so we need to cast here to pass
    // the lib: es2016 check
    an(e) ? `Symbol(${(n = e.description) != null ? n : t})` : e
  );
};
var mt = {};
function Te(e, ...t) {
  console.warn(`[Vue warn] ${e}`, ...t);
}
let Jt;
class nd {
  constructor(t = !1) {
    this.detached = t, this._active = !0, this.effects = [], this.cleanups = [], this._isPaused = !1, this.parent = Jt, !t && Jt && (this.index = (Jt.scopes || (Jt.scopes = [])).push(
      this
    ) - 1);
  }
  get active() {
    return this._active;
  }
  pause() {
    if (this._active) {
      this._isPaused = !0;
      let t, n;
      if (this.scopes)
        for (t = 0, n = this.scopes.length; t < n; t++)
          this.scopes[t].pause();
      for (t = 0, n = this.effects.length; t < n; t++)
        this.effects[t].pause();
    }
  }
  /**
   * Resumes the effect scope, including all child scopes and effects.
   */
  resume() {
    if (this._active && this._isPaused) {
      this._isPaused = !1;
      let t, n;
      if (this.scopes)
        for (t = 0, n = this.scopes.length; t < n; t++)
          this.scopes[t].resume();
      for (t = 0, n = this.effects.length; t < n; t++)
        this.effects[t].resume();
    }
  }
  run(t) {
    if (this._active) {
      const n = Jt;
      try {
        return Jt = this, t();
      } finally {
        Jt = n;
      }
    } else mt.NODE_ENV !== "production" && Te("cannot run an inactive effect scope.");
  }
  /**
   * This should only be called on non-detached scopes
   * @internal
   */
  on() {
    Jt = this;
  }
  /**
   * This should only be called on non-detached scopes
   * @internal
   */
  off() {
    Jt = this.parent;
  }
  stop(t) {
    if (this._active) {
      this._active = !1;
      let n, s;
      for (n = 0, s = this.effects.length; n < s; n++)
        this.effects[n].stop();
      for (this.effects.length = 0, n = 0, s = this.cleanups.length; n < s; n++)
        this.cleanups[n]();
      if (this.cleanups.length = 0, this.scopes) {
        for (n = 0, s = this.scopes.length; n < s; n++)
          this.scopes[n].stop(!0);
        this.scopes.length = 0;
      }
      if (!this.detached && this.parent && !t) {
        const i = this.parent.scopes.pop();
        i && i !== this && (this.parent.scopes[this.index] = i, i.index = this.index);
      }
      this.parent = void 0;
    }
  }
}
function sd() {
  return Jt;
}
let lt;
const No = /* @__PURE__ */ new WeakSet();
class rf {
  constructor(t) {
    this.fn = t, this.deps = void 0, this.depsTail = void 0, this.flags = 5, this.next = void 0, this.cleanup = void 0, this.scheduler = void 0, Jt && Jt.active && Jt.effects.push(this);
  }
  pause() {
    this.flags |= 64;
  }
  resume() {
    this.flags & 64 && (this.flags &= -65, No.has(this) && (No.delete(this), this.trigger()));
  }
  /**
   * @internal
   */
  notify() {
    this.flags & 2 && !(this.flags & 32) || this.flags & 8 || lf(this);
  }
  run() {
    if (!(this.flags & 1))
      return this.fn();
    this.flags |= 2, Fa(this), cf(this);
    const t = lt, n = pe;
    lt = this, pe = !0;
    try {
      return this.fn();
    } finally {
      mt.NODE_ENV !== "production" && lt !== this && Te(
        "Active effect was not restored correctly - this is likely a Vue internal bug."
      ), ff(this), lt = t, pe = n, this.flags &= -3;
    }
  }
  stop() {
    if (this.flags & 1) {
      for (let t = this.deps; t; t = t.nextDep)
        Kr(t);
      this.deps = this.depsTail = void 0, Fa(this), this.onStop && this.onStop(), this.flags &= -2;
    }
  }
  trigger() {
    this.flags & 64 ? No.add(this) : this.scheduler ? this.scheduler() : this.runIfDirty();
  }
  /**
   * @internal
   */
  runIfDirty() {
    rr(this) && this.run();
  }
  get dirty() {
    return rr(this);
  }
}
let af = 0, Ms, Ss;
function lf(e, t = !1) {
  if (e.flags |= 8, t) {
    e.next = Ss, Ss = e;
    return;
  }
  e.next = Ms, Ms = e;
}
function Yr() {
  af++;
}
function Ur() {
  if (--af > 0)
    return;
  if (Ss) {
    let t = Ss;
    for (Ss = void 0; t; ) {
      const n = t.next;
      t.next = void 0, t.flags &= -9, t = n;
    }
  }
  let e;
  for (; Ms; ) {
    let t = Ms;
    for (Ms = void 0; t; ) {
      const n = t.next;
      if (t.next = void 0, t.flags &= -9, t.flags & 1)
        try {
          t.trigger();
        } catch (s) {
          e || (e = s);
        }
      t = n;
    }
  }
  if (e) throw e;
}
function cf(e) {
  for (let t = e.deps; t; t = t.nextDep)
    t.version = -1, t.prevActiveLink = t.dep.activeLink, t.dep.activeLink = t;
}
function ff(e) {
  let t, n = e.depsTail, s = n;
  for (; s; ) {
    const i = s.prevDep;
    s.version === -1 ? (s === n && (n = i), Kr(s), id(s)) : t = s, s.dep.activeLink = s.prevActiveLink, s.prevActiveLink = void 0, s = i;
  }
  e.deps = t, e.depsTail = n;
}
function rr(e) {
  for (let t = e.deps; t; t = t.nextDep)
    if (t.dep.version !== t.version || t.dep.computed && (uf(t.dep.computed) || t.dep.version !== t.version))
      return !0;
  return !!e._dirty;
}
function uf(e) {
  if (e.flags & 4 && !(e.flags & 16) || (e.flags &= -17, e.globalVersion === Vs))
    return;
  e.globalVersion = Vs;
  const t = e.dep;
  if (e.flags |= 2, t.version > 0 && !e.isSSR && e.deps && !rr(e)) {
    e.flags &= -3;
    return;
  }
  const n = lt, s = pe;
  lt = e, pe = !0;
  try {
    cf(e);
    const i = e.fn(e._value);
    (t.version === 0 || wn(i, e._value)) && (e._value = i, t.version++);
  } catch (i) {
    throw t.version++, i;
  } finally {
    lt = n, pe = s, ff(e), e.flags &= -3;
  }
}
function Kr(e, t = !1) {
  const { dep: n, prevSub: s, nextSub: i } = e;
  if (s && (s.nextSub = i, e.prevSub = void 0), i && (i.prevSub = s, e.nextSub = void 0), mt.NODE_ENV !== "production" && n.subsHead === e && (n.subsHead = i), n.subs === e && (n.subs = s, !s && n.computed)) {
    n.computed.flags &= -5;
    for (let o = n.computed.deps; o; o = o.nextDep)
      Kr(o, !0);
  }
  !t && !--n.sc && n.map && n.map.delete(n.key);
}
function id(e) {
  const { prevDep: t, nextDep: n } = e;
  t && (t.nextDep = n, e.prevDep = void 0), n && (n.prevDep = t, e.nextDep = void 0);
}
let pe = !0;
const hf = [];
function Ke() {
  hf.push(pe), pe = !1;
}
function Xe() {
  const e = hf.pop();
  pe = e === void 0 ? !0 : e;
}
function Fa(e) {
  const { cleanup: t } = e;
  if (e.cleanup = void 0, t) {
    const n = lt;
    lt = void 0;
    try {
      t();
    } finally {
      lt = n;
    }
  }
}
let Vs = 0;
class od {
  constructor(t, n) {
    this.sub = t, this.dep = n, this.version = n.version, this.nextDep = this.prevDep = this.nextSub = this.prevSub = this.prevActiveLink = void 0;
  }
}
class df {
  constructor(t) {
    this.computed = t, this.version = 0, this.activeLink = void 0, this.subs = void 0, this.map = void 0, this.key = void 0, this.sc = 0, mt.NODE_ENV !== "production" && (this.subsHead = void 0);
  }
  track(t) {
    if (!lt || !pe || lt === this.computed)
      return;
    let n = this.activeLink;
    if (n === void 0 || n.sub !== lt)
      n = this.activeLink = new od(lt, this), lt.deps ? (n.prevDep = lt.depsTail, lt.depsTail.nextDep = n, lt.depsTail = n) : lt.deps = lt.depsTail = n, pf(n);
    else if (n.version === -1 && (n.version = this.version, n.nextDep)) {
      const s = n.nextDep;
      s.prevDep = n.prevDep, n.prevDep && (n.prevDep.nextDep = s), n.prevDep = lt.depsTail, n.nextDep = void 0, lt.depsTail.nextDep = n, lt.depsTail = n, lt.deps === n && (lt.deps = s);
    }
    return mt.NODE_ENV !== "production" && lt.onTrack && lt.onTrack(
      _t(
        {
          effect: lt
        },
        t
      )
    ), n;
  }
  trigger(t) {
    this.version++, Vs++, this.notify(t);
  }
  notify(t) {
    Yr();
    try {
      if (mt.NODE_ENV !== "production")
        for (let n = this.subsHead; n; n = n.nextSub)
          n.sub.onTrigger && !(n.sub.flags & 8) && n.sub.onTrigger(
            _t(
              {
                effect: n.sub
              },
              t
            )
          );
      for (let n = this.subs; n; n = n.prevSub)
        n.sub.notify() && n.sub.dep.notify();
    } finally {
      Ur();
    }
  }
}
function pf(e) {
  if (e.dep.sc++, e.sub.flags & 4) {
    const t = e.dep.computed;
    if (t && !e.dep.subs) {
      t.flags |= 20;
      for (let s = t.deps; s; s = s.nextDep)
        pf(s);
    }
    const n = e.dep.subs;
    n !== e && (e.prevSub = n, n && (n.nextSub = e)), mt.NODE_ENV !== "production" && e.dep.subsHead === void 0 && (e.dep.subsHead = e), e.dep.subs = e;
  }
}
const ar = /* @__PURE__ */ new WeakMap(), En = Symbol(
  mt.NODE_ENV !== "production" ? "Object iterate" : ""
), lr = Symbol(
  mt.NODE_ENV !== "production" ? "Map keys iterate" : ""
), Is = Symbol(
  mt.NODE_ENV !== "production" ? "Array iterate" : ""
);
function Nt(e, t, n) {
  if (pe && lt) {
    let s = ar.get(e);
    s || ar.set(e, s = /* @__PURE__ */ new Map());
    let i = s.get(n);
    i || (s.set(n, i = new df()), i.map = s, i.key = n), mt.NODE_ENV !== "production" ? i.track({
      target: e,
      type: t,
      key: n
    }) : i.track();
  }
}
function Se(e, t, n, s, i, o) {
  const r = ar.get(e);
  if (!r) {
    Vs++;
    return;
  }
  const a = (l) => {
    l && (mt.NODE_ENV !== "production" ? l.trigger({
      target: e,
      type: t,
      key: n,
      newValue: s,
      oldValue: i,
      oldTarget: o
    }) : l.trigger());
  };
  if (Yr(), t === "clear")
    r.forEach(a);
  else {
    const l = U(e), c = l && Hr(n);
    if (l && n === "length") {
      const f = Number(s);
      r.forEach((u, h) => {
        (h === "length" || h === Is || !an(h) && h >= f) && a(u);
      });
    } else
      switch ((n !== void 0 || r.has(void 0)) && a(r.get(n)), c && a(r.get(Is)), t) {
        case "add":
          l ? c && a(r.get("length")) : (a(r.get(En)), vn(e) && a(r.get(lr)));
          break;
        case "delete":
          l || (a(r.get(En)), vn(e) && a(r.get(lr)));
          break;
        case "set":
          vn(e) && a(r.get(En));
          break;
      }
  }
  Ur();
}
function Rn(e) {
  const t = st(e);
  return t === e ? t : (Nt(t, "iterate", Is), Gt(e) ? t : t.map(Kt));
}
function uo(e) {
  return Nt(e = st(e), "iterate", Is), e;
}
const rd = {
  __proto__: null,
  [Symbol.iterator]() {
    return Do(this, Symbol.iterator, Kt);
  },
  concat(...e) {
    return Rn(this).concat(
      ...e.map((t) => U(t) ? Rn(t) : t)
    );
  },
  entries() {
    return Do(this, "entries", (e) => (e[1] = Kt(e[1]), e));
  },
  every(e, t) {
    return Ve(this, "every", e, t, void 0, arguments);
  },
  filter(e, t) {
    return Ve(this, "filter", e, t, (n) => n.map(Kt), arguments);
  },
  find(e, t) {
    return Ve(this, "find", e, t, Kt, arguments);
  },
  findIndex(e, t) {
    return Ve(this, "findIndex", e, t, void 0, arguments);
  },
  findLast(e, t) {
    return Ve(this, "findLast", e, t, Kt, arguments);
  },
  findLastIndex(e, t) {
    return Ve(this, "findLastIndex", e, t, void 0, arguments);
  },
  // flat, flatMap could benefit from ARRAY_ITERATE but are not straight-forward to implement
  forEach(e, t) {
    return Ve(this, "forEach", e, t, void 0, arguments);
  },
  includes(...e) {
    return ko(this, "includes", e);
  },
  indexOf(...e) {
    return ko(this, "indexOf", e);
  },
  join(e) {
    return Rn(this).join(e);
  },
  // keys() iterator only reads `length`, no optimisation required
  lastIndexOf(...e) {
    return ko(this, "lastIndexOf", e);
  },
  map(e, t) {
    return Ve(this, "map", e, t, void 0, arguments);
  },
  pop() {
    return cs(this, "pop");
  },
  push(...e) {
    return cs(this, "push", e);
  },
  reduce(e, ...t) {
    return $a(this, "reduce", e, t);
  },
  reduceRight(e, ...t) {
    return $a(this, "reduceRight", e, t);
  },
  shift() {
    return cs(this, "shift");
  },
  // slice could use ARRAY_ITERATE but also seems to beg for range tracking
  some(e, t) {
    return Ve(this, "some", e, t, void 0, arguments);
  },
  splice(...e) {
    return cs(this, "splice", e);
  },
  toReversed() {
    return Rn(this).toReversed();
  },
  toSorted(e) {
    return Rn(this).toSorted(e);
  },
  toSpliced(...e) {
    return Rn(this).toSpliced(...e);
  },
  unshift(...e) {
    return cs(this, "unshift", e);
  },
  values() {
    return Do(this, "values", Kt);
  }
};
function Do(e, t, n) {
  const s = uo(e), i = s[t]();
  return s !== e && !Gt(e) && (i._next = i.next, i.next = () => {
    const o = i._next();
    return o.value && (o.value = n(o.value)), o;
  }), i;
}
const ad = Array.prototype;
function Ve(e, t, n, s, i, o) {
  const r = uo(e), a = r !== e && !Gt(e), l = r[t];
  if (l !== ad[t]) {
    const u = l.apply(e, o);
    return a ? Kt(u) : u;
  }
  let c = n;
  r !== e && (a ? c = function(u, h) {
    return n.call(this, Kt(u), h, e);
  } : n.length > 2 && (c = function(u, h) {
    return n.call(this, u, h, e);
  }));
  const f = l.call(r, c, s);
  return a && i ? i(f) : f;
}
function $a(e, t, n, s) {
  const i = uo(e);
  let o = n;
  return i !== e && (Gt(e) ? n.length > 3 && (o = function(r, a, l) {
    return n.call(this, r, a, l, e);
  }) : o = function(r, a, l) {
    return n.call(this, r, Kt(a), l, e);
  }), i[t](o, ...s);
}
function ko(e, t, n) {
  const s = st(e);
  Nt(s, "iterate", Is);
  const i = s[t](...n);
  return (i === -1 || i === !1) && Fi(n[0]) ? (n[0] = st(n[0]), s[t](...n)) : i;
}
function cs(e, t, n = []) {
  Ke(), Yr();
  const s = st(e)[t].apply(e, n);
  return Ur(), Xe(), s;
}
const ld = /* @__PURE__ */ Ue("__proto__,__v_isRef,__isVue"), gf = new Set(
  /* @__PURE__ */ Object.getOwnPropertyNames(Symbol).filter((e) => e !== "arguments" && e !== "caller").map((e) => Symbol[e]).filter(an)
);
function cd(e) {
  an(e) || (e = String(e));
  const t = st(this);
  return Nt(t, "has", e), t.hasOwnProperty(e);
}
class mf {
  constructor(t = !1, n = !1) {
    this._isReadonly = t, this._isShallow = n;
  }
  get(t, n, s) {
    if (n === "__v_skip") return t.__v_skip;
    const i = this._isReadonly, o = this._isShallow;
    if (n === "__v_isReactive")
      return !i;
    if (n === "__v_isReadonly")
      return i;
    if (n === "__v_isShallow")
      return o;
    if (n === "__v_raw")
      return s === (i ? o ? wf : vf : o ? xf : yf).get(t) || // receiver is not the reactive proxy, but has the same prototype
      // this means the receiver is a user proxy of the reactive proxy
      Object.getPrototypeOf(t) === Object.getPrototypeOf(s) ? t : void 0;
    const r = U(t);
    if (!i) {
      let l;
      if (r && (l = rd[n]))
        return l;
      if (n === "hasOwnProperty")
        return cd;
    }
    const a = Reflect.get(
      t,
      n,
      // if this is a proxy wrapping a ref, return methods using the raw ref
      // as receiver so that we don't have to call `toRaw` on the ref in all
      // its class methods
      Ct(t) ? t : s
    );
    return (an(n) ? gf.has(n) : ld(n)) || (i || Nt(t, "get", n), o) ? a : Ct(a) ? r && Hr(n) ? a : a.value : pt(a) ? i ? Ef(a) : Xr(a) : a;
  }
}
class bf extends mf {
  constructor(t = !1) {
    super(!1, t);
  }
  set(t, n, s, i) {
    let o = t[n];
    if (!this._isShallow) {
      const l = nn(o);
      if (!Gt(s) && !nn(s) && (o = st(o), s = st(s)), !U(t) && Ct(o) && !Ct(s))
        return l ? !1 : (o.value = s, !0);
    }
    const r = U(t) && Hr(n) ? Number(n) < t.length : at(t, n), a = Reflect.set(
      t,
      n,
      s,
      Ct(t) ? t : i
    );
    return t === st(i) && (r ? wn(s, o) && Se(t, "set", n, s, o) : Se(t, "add", n, s)), a;
  }
  deleteProperty(t, n) {
    const s = at(t, n), i = t[n], o = Reflect.deleteProperty(t, n);
    return o && s && Se(t, "delete", n, void 0, i), o;
  }
  has(t, n) {
    const s = Reflect.has(t, n);
    return (!an(n) || !gf.has(n)) && Nt(t, "has", n), s;
  }
  ownKeys(t) {
    return Nt(
      t,
      "iterate",
      U(t) ? "length" : En
    ), Reflect.ownKeys(t);
  }
}
class _f extends mf {
  constructor(t = !1) {
    super(!0, t);
  }
  set(t, n) {
    return mt.NODE_ENV !== "production" && Te(
      `Set operation on key "${String(n)}" failed: target is readonly.`,
      t
    ), !0;
  }
  deleteProperty(t, n) {
    return mt.NODE_ENV !== "production" && Te(
      `Delete operation on key "${String(n)}" failed: target is readonly.`,
      t
    ), !0;
  }
}
const fd = /* @__PURE__ */ new bf(), ud = /* @__PURE__ */ new _f(), hd = /* @__PURE__ */ new bf(!0), dd = /* @__PURE__ */ new _f(!0), cr = (e) => e, ti = (e) => Reflect.getPrototypeOf(e);
function pd(e, t, n) {
  return function(...s) {
    const i = this.__v_raw, o = st(i), r = vn(o), a = e === "entries" || e === Symbol.iterator && r, l = e === "keys" && r, c = i[e](...s), f = n ? cr : t ? fr : Kt;
    return !t && Nt(
      o,
      "iterate",
      l ? lr : En
    ), {
      // iterator protocol
      next() {
        const { value: u, done: h } = c.next();
        return h ? { value: u, done: h } : {
          value: a ? [f(u[0]), f(u[1])] : f(u),
          done: h
        };
      },
      // iterable protocol
      [Symbol.iterator]() {
        return this;
      }
    };
  };
}
function ei(e) {
  return function(...t) {
    if (mt.NODE_ENV !== "production") {
      const n = t[0] ? `on key "${t[0]}" ` : "";
      Te(
        `${co(e)} operation ${n}failed: target is readonly.`,
        st(this)
      );
    }
    return e === "delete" ? !1 : e === "clear" ? void 0 : this;
  };
}
function gd(e, t) {
  const n = {
    get(i) {
      const o = this.__v_raw, r = st(o), a = st(i);
      e || (wn(i, a) && Nt(r, "get", i), Nt(r, "get", a));
      const { has: l } = ti(r), c = t ? cr : e ? fr : Kt;
      if (l.call(r, i))
        return c(o.get(i));
      if (l.call(r, a))
        return c(o.get(a));
      o !== r && o.get(i);
    },
    get size() {
      const i = this.__v_raw;
      return !e && Nt(st(i), "iterate", En), Reflect.get(i, "size", i);
    },
    has(i) {
      const o = this.__v_raw, r = st(o), a = st(i);
      return e || (wn(i, a) && Nt(r, "has", i), Nt(r, "has", a)), i === a ? o.has(i) : o.has(i) || o.has(a);
    },
    forEach(i, o) {
      const r = this, a = r.__v_raw, l = st(a), c = t ? cr : e ? fr : Kt;
      return !e && Nt(l, "iterate", En), a.forEach((f, u) => i.call(o, c(f), c(u), r));
    }
  };
  return _t(
    n,
    e ? {
      add: ei("add"),
      set: ei("set"),
      delete: ei("delete"),
      clear: ei("clear")
    } : {
      add(i) {
        !t && !Gt(i) && !nn(i) && (i = st(i));
        const o = st(this);
        return ti(o).has.call(o, i) || (o.add(i), Se(o, "add", i, i)), this;
      },
      set(i, o) {
        !t && !Gt(o) && !nn(o) && (o = st(o));
        const r = st(this), { has: a, get: l } = ti(r);
        let c = a.call(r, i);
        c ? mt.NODE_ENV !== "production" && ja(r, a, i) : (i = st(i), c = a.call(r, i));
        const f = l.call(r, i);
        return r.set(i, o), c ? wn(o, f) && Se(r, "set", i, o, f) : Se(r, "add", i, o), this;
      },
      delete(i) {
        const o = st(this), { has: r, get: a } = ti(o);
        let l = r.call(o, i);
        l ? mt.NODE_ENV !== "production" && ja(o, r, i) : (i = st(i), l = r.call(o, i));
        const c = a ? a.call(o, i) : void 0, f = o.delete(i);
        return l && Se(o, "delete", i, void 0, c), f;
      },
      clear() {
        const i = st(this), o = i.size !== 0, r = mt.NODE_ENV !== "production" ? vn(i) ? new Map(i) : new Set(i) : void 0, a = i.clear();
        return o && Se(
          i,
          "clear",
          void 0,
          void 0,
          r
        ), a;
      }
    }
  ), [
    "keys",
    "values",
    "entries",
    Symbol.iterator
  ].forEach((i) => {
    n[i] = pd(i, e, t);
  }), n;
}
function ho(e, t) {
  const n = gd(e, t);
  return (s, i, o) => i === "__v_isReactive" ? !e : i === "__v_isReadonly" ? e : i === "__v_raw" ? s : Reflect.get(
    at(n, i) && i in s ? n : s,
    i,
    o
  );
}
const md = {
  get: /* @__PURE__ */ ho(!1, !1)
}, bd = {
  get: /* @__PURE__ */ ho(!1, !0)
}, _d = {
  get: /* @__PURE__ */ ho(!0, !1)
}, yd = {
  get: /* @__PURE__ */ ho(!0, !0)
};
function ja(e, t, n) {
  const s = st(n);
  if (s !== n && t.call(e, s)) {
    const i = zr(e);
    Te(
      `Reactive ${i} contains both the raw and reactive versions of the same object${i === "Map" ? " as keys" : ""}, which can lead to inconsistencies. Avoid differentiating between the raw and reactive versions of an object and only use the reactive version if possible.`
    );
  }
}
const yf = /* @__PURE__ */ new WeakMap(), xf = /* @__PURE__ */ new WeakMap(), vf = /* @__PURE__ */ new WeakMap(), wf = /* @__PURE__ */ new WeakMap();
function xd(e) {
  switch (e) {
    case "Object":
    case "Array":
      return 1;
    case "Map":
    case "Set":
    case "WeakMap":
    case "WeakSet":
      return 2;
    default:
      return 0;
  }
}
function vd(e) {
  return e.__v_skip || !Object.isExtensible(e) ? 0 : xd(zr(e));
}
function Xr(e) {
  return nn(e) ? e : po(
    e,
    !1,
    fd,
    md,
    yf
  );
}
function wd(e) {
  return po(
    e,
    !1,
    hd,
    bd,
    xf
  );
}
function Ef(e) {
  return po(
    e,
    !0,
    ud,
    _d,
    vf
  );
}
function De(e) {
  return po(
    e,
    !0,
    dd,
    yd,
    wf
  );
}
function po(e, t, n, s, i) {
  if (!pt(e))
    return mt.NODE_ENV !== "production" && Te(
      `value cannot be made ${t ? "readonly" : "reactive"}: ${String(
        e
      )}`
    ), e;
  if (e.__v_raw && !(t && e.__v_isReactive))
    return e;
  const o = i.get(e);
  if (o)
    return o;
  const r = vd(e);
  if (r === 0)
    return e;
  const a = new Proxy(
    e,
    r === 2 ? s : n
  );
  return i.set(e, a), a;
}
function On(e) {
  return nn(e) ? On(e.__v_raw) : !!(e && e.__v_isReactive);
}
function nn(e) {
  return !!(e && e.__v_isReadonly);
}
function Gt(e) {
  return !!(e && e.__v_isShallow);
}
function Fi(e) {
  return e ? !!e.__v_raw : !1;
}
function st(e) {
  const t = e && e.__v_raw;
  return t ? st(t) : e;
}
function Ed(e) {
  return !at(e, "__v_skip") && Object.isExtensible(e) && Li(e, "__v_skip", !0), e;
}
const Kt = (e) => pt(e) ? Xr(e) : e, fr = (e) => pt(e) ? Ef(e) : e;
function Ct(e) {
  return e ? e.__v_isRef === !0 : !1;
}
function Of(e) {
  return Ct(e) ? e.value : e;
}
const Od = {
  get: (e, t, n) => t === "__v_raw" ? e : Of(Reflect.get(e, t, n)),
  set: (e, t, n, s) => {
    const i = e[t];
    return Ct(i) && !Ct(n) ? (i.value = n, !0) : Reflect.set(e, t, n, s);
  }
};
function Mf(e) {
  return On(e) ? e : new Proxy(e, Od);
}
class Md {
  constructor(t, n, s) {
    this.fn = t, this.setter = n, this._value = void 0, this.dep = new df(this), this.__v_isRef = !0, this.deps = void 0, this.depsTail = void 0, this.flags = 16, this.globalVersion = Vs - 1, this.next = void 0, this.effect = this, this.__v_isReadonly = !n, this.isSSR = s;
  }
  /**
   * @internal
   */
  notify() {
    if (this.flags |= 16, !(this.flags & 8) && // avoid infinite self recursion
    lt !== this)
      return lf(this, !0), !0;
  }
  get value() {
    const t = mt.NODE_ENV !== "production" ? this.dep.track({
      target: this,
      type: "get",
      key: "value"
    }) : this.dep.track();
    return uf(this), t && (t.version = this.dep.version), this._value;
  }
  set value(t) {
    this.setter ? this.setter(t) : mt.NODE_ENV !== "production" && Te("Write operation failed: computed value is readonly");
  }
}
function Sd(e, t, n = !1) {
  let s, i;
  return q(e) ? s = e : (s = e.get, i = e.set), new Md(s, i, n);
}
const ni = {}, $i = /* @__PURE__ */ new WeakMap();
let bn;
function Nd(e, t = !1, n = bn) {
  if (n) {
    let s = $i.get(n);
    s || $i.set(n, s = []), s.push(e);
  } else mt.NODE_ENV !== "production" && !t && Te(
    "onWatcherCleanup() was called when there was no active watcher to associate with."
  );
}
function Dd(e, t, n = dt) {
  const { immediate: s, deep: i, once: o, scheduler: r, augmentJob: a, call: l } = n, c = (w) => {
    (n.onWarn || Te)(
      "Invalid watch source: ",
      w,
      "A watch source can only be a getter/effect function, a ref, a reactive object, or an array of these types."
    );
  }, f = (w) => i ? w : Gt(w) || i === !1 || i === 0 ? Je(w, 1) : Je(w);
  let u, h, d, p, g = !1, b = !1;
  if (Ct(e) ? (h = () => e.value, g = Gt(e)) : On(e) ? (h = () => f(e), g = !0) : U(e) ? (b = !0, g = e.some((w) => On(w) || Gt(w)), h = () => e.map((w) => {
    if (Ct(w))
      return w.value;
    if (On(w))
      return f(w);
    if (q(w))
      return l ? l(w, 2) : w();
    mt.NODE_ENV !== "production" && c(w);
  })) : q(e) ? t ? h = l ? () => l(e, 2) : e : h = () => {
    if (d) {
      Ke();
      try {
        d();
      } finally {
        Xe();
      }
    }
    const w = bn;
    bn = u;
    try {
      return l ? l(e, 3, [p]) : e(p);
    } finally {
      bn = w;
    }
  } : (h = Dt, mt.NODE_ENV !== "production" && c(e)), t && i) {
    const w = h, N = i === !0 ? 1 / 0 : i;
    h = () => Je(w(), N);
  }
  const _ = sd(), E = () => {
    u.stop(), _ && _.active && jr(_.effects, u);
  };
  if (o && t) {
    const w = t;
    t = (...N) => {
      w(...N), E();
    };
  }
  let M = b ? new Array(e.length).fill(ni) : ni;
  const D = (w) => {
    if (!(!(u.flags & 1) || !u.dirty && !w))
      if (t) {
        const N = u.run();
        if (i || g || (b ? N.some((v, S) => wn(v, M[S])) : wn(N, M))) {
          d && d();
          const v = bn;
          bn = u;
          try {
            const S = [
              N,
              // pass undefined as the old value when it's changed for the first time
              M === ni ? void 0 : b && M[0] === ni ? [] : M,
              p
            ];
            l ? l(t, 3, S) : (
              // @ts-expect-error
              t(...S)
            ), M = N;
          } finally {
            bn = v;
          }
        }
      } else
        u.run();
  };
  return a && a(D), u = new rf(h), u.scheduler = r ? () => r(D, !1) : D, p = (w) => Nd(w, !1, u), d = u.onStop = () => {
    const w = $i.get(u);
    if (w) {
      if (l)
        l(w, 4);
      else
        for (const N of w) N();
      $i.delete(u);
    }
  }, mt.NODE_ENV !== "production" && (u.onTrack = n.onTrack, u.onTrigger = n.onTrigger), t ? s ? D(!0) : M = u.run() : r ? r(D.bind(null, !0), !0) : u.run(), E.pause = u.pause.bind(u), E.resume = u.resume.bind(u), E.stop = E, E;
}
function Je(e, t = 1 / 0, n) {
  if (t <= 0 || !pt(e) || e.__v_skip || (n = n || /* @__PURE__ */ new Set(), n.has(e)))
    return e;
  if (n.add(e), t--, Ct(e))
    Je(e.value, t, n);
  else if (U(e))
    for (let s = 0; s < e.length; s++)
      Je(e[s], t, n);
  else if (tf(e) || vn(e))
    e.forEach((s) => {
      Je(s, t, n);
    });
  else if (ao(e)) {
    for (const s in e)
      Je(e[s], t, n);
    for (const s of Object.getOwnPropertySymbols(e))
      Object.prototype.propertyIsEnumerable.call(e, s) && Je(e[s], t, n);
  }
  return e;
}
var x = {};
const Mn = [];
function Oi(e) {
  Mn.push(e);
}
function Mi() {
  Mn.pop();
}
let Co = !1;
function I(e, ...t) {
  if (Co) return;
  Co = !0, Ke();
  const n = Mn.length ? Mn[Mn.length - 1].component : null, s = n && n.appContext.config.warnHandler, i = kd();
  if (s)
    Jn(
      s,
      n,
      11,
      [
        // eslint-disable-next-line no-restricted-syntax
        e + t.map((o) => {
          var r, a;
          return (a = (r = o.toString) == null ? void 0 : r.call(o)) != null ? a : JSON.stringify(o);
        }).join(""),
        n && n.proxy,
        i.map(
          ({ vnode: o }) => `at <${yo(n, o.type)}>`
        ).join(`
`),
        i
      ]
    );
  else {
    const o = [`[Vue warn]: ${e}`, ...t];
    i.length && o.push(`
`, ...Cd(i)), console.warn(...o);
  }
  Xe(), Co = !1;
}
function kd() {
  let e = Mn[Mn.length - 1];
  if (!e)
    return [];
  const t = [];
  for (; e; ) {
    const n = t[0];
    n && n.vnode === e ? n.recurseCount++ : t.push({
      vnode: e,
      recurseCount: 0
    });
    const s = e.component && e.component.parent;
    e = s && s.vnode;
  }
  return t;
}
function Cd(e) {
  const t = [];
  return e.forEach((n, s) => {
    t.push(...s === 0 ? [] : [`
`], ...Ad(n));
  }), t;
}
function Ad({ vnode: e, recurseCount: t }) {
  const n = t > 0 ? `... (${t} recursive calls)` : "", s = e.component ? e.component.parent == null : !1, i = ` at <${yo(
    e.component,
    e.type,
    s
  )}`, o = ">" + n;
  return e.props ? [i, ...Td(e.props), o] : [i + o];
}
function Td(e) {
  const t = [], n = Object.keys(e);
  return n.slice(0, 3).forEach((s) => {
    t.push(...Sf(s, e[s]));
  }), n.length > 3 && t.push(" ..."), t;
}
function Sf(e, t, n) {
  return bt(t) ? (t = JSON.stringify(t), n ? t : [`${e}=${t}`]) : typeof t == "number" || typeof t == "boolean" || t == null ? n ? t : [`${e}=${t}`] : Ct(t) ? (t = Sf(e, st(t.value), !0), n ? t : [`${e}=Ref<`, t, ">"]) : q(t) ? [`${e}=fn${t.name ? `<${t.name}>` : ""}`] : (t = st(t), n ? t : [`${e}=`, t]);
}
const qr = {
  sp: "serverPrefetch hook",
  bc: "beforeCreate hook",
  c: "created hook",
  bm: "beforeMount hook",
  m: "mounted hook",
  bu: "beforeUpdate hook",
  u: "updated",
  bum: "beforeUnmount hook",
  um: "unmounted hook",
  a: "activated hook",
  da: "deactivated hook",
  ec: "errorCaptured hook",
  rtc: "renderTracked hook",
  rtg: "renderTriggered hook",
  0: "setup function",
  1: "render function",
  2: "watcher getter",
  3: "watcher callback",
  4: "watcher cleanup function",
  5: "native event handler",
  6: "component event handler",
  7: "vnode hook",
  8: "directive hook",
  9: "transition hook",
  10: "app errorHandler",
  11: "app warnHandler",
  12: "ref function",
  13: "async component loader",
  14: "scheduler flush",
  15: "component update",
  16: "app unmount cleanup function"
};
function Jn(e, t, n, s) {
  try {
    return s ? e(...s) : e();
  } catch (i) {
    Xs(i, t, n);
  }
}
function Pe(e, t, n, s) {
  if (q(e)) {
    const i = Jn(e, t, n, s);
    return i && Br(i) && i.catch((o) => {
      Xs(o, t, n);
    }), i;
  }
  if (U(e)) {
    const i = [];
    for (let o = 0; o < e.length; o++)
      i.push(Pe(e[o], t, n, s));
    return i;
  } else x.NODE_ENV !== "production" && I(
    `Invalid value type passed to callWithAsyncErrorHandling(): ${typeof e}`
  );
}
function Xs(e, t, n, s = !0) {
  const i = t ? t.vnode : null, { errorHandler: o, throwUnhandledErrorInProduction: r } = t && t.appContext.config || dt;
  if (t) {
    let a = t.parent;
    const l = t.proxy, c = x.NODE_ENV !== "production" ? qr[n] : `https://vuejs.org/error-reference/#runtime-${n}`;
    for (; a; ) {
      const f = a.ec;
      if (f) {
        for (let u = 0; u < f.length; u++)
          if (f[u](e, l, c) === !1)
            return;
      }
      a = a.parent;
    }
    if (o) {
      Ke(), Jn(o, null, 10, [
        e,
        l,
        c
      ]), Xe();
      return;
    }
  }
  Pd(e, n, i, s, r);
}
function Pd(e, t, n, s = !0, i = !1) {
  if (x.NODE_ENV !== "production") {
    const o = qr[t];
    if (n && Oi(n), I(`Unhandled error${o ? ` during execution of ${o}` : ""}`), n && Mi(), s)
      throw e;
    console.error(e);
  } else {
    if (i)
      throw e;
    console.error(e);
  }
}
const Ht = [];
let Ee = -1;
const Yn = [];
let Ge = null, zn = 0;
const Nf = /* @__PURE__ */ Promise.resolve();
let ji = null;
const Rd = 100;
function Df(e) {
  const t = ji || Nf;
  return e ? t.then(this ? e.bind(this) : e) : t;
}
function Vd(e) {
  let t = Ee + 1, n = Ht.length;
  for (; t < n; ) {
    const s = t + n >>> 1, i = Ht[s], o = Ls(i);
    o < e || o === e && i.flags & 2 ? t = s + 1 : n = s;
  }
  return t;
}
function go(e) {
  if (!(e.flags & 1)) {
    const t = Ls(e), n = Ht[Ht.length - 1];
    !n || // fast path when the job id is larger than the tail
    !(e.flags & 2) && t >= Ls(n) ? Ht.push(e) : Ht.splice(Vd(t), 0, e), e.flags |= 1, kf();
  }
}
function kf() {
  ji || (ji = Nf.then(Tf));
}
function Cf(e) {
  U(e) ? Yn.push(...e) : Ge && e.id === -1 ? Ge.splice(zn + 1, 0, e) : e.flags & 1 || (Yn.push(e), e.flags |= 1), kf();
}
function Ba(e, t, n = Ee + 1) {
  for (x.NODE_ENV !== "production" && (t = t || /* @__PURE__ */ new Map()); n < Ht.length; n++) {
    const s = Ht[n];
    if (s && s.flags & 2) {
      if (e && s.id !== e.uid || x.NODE_ENV !== "production" && Gr(t, s))
        continue;
      Ht.splice(n, 1), n--, s.flags & 4 && (s.flags &= -2), s(), s.flags & 4 || (s.flags &= -2);
    }
  }
}
function Af(e) {
  if (Yn.length) {
    const t = [...new Set(Yn)].sort(
      (n, s) => Ls(n) - Ls(s)
    );
    if (Yn.length = 0, Ge) {
      Ge.push(...t);
      return;
    }
    for (Ge = t, x.NODE_ENV !== "production" && (e = e || /* @__PURE__ */ new Map()), zn = 0; zn < Ge.length; zn++) {
      const n = Ge[zn];
      x.NODE_ENV !== "production" && Gr(e, n) || (n.flags & 4 && (n.flags &= -2), n.flags & 8 || n(), n.flags &= -2);
    }
    Ge = null, zn = 0;
  }
}
const Ls = (e) => e.id == null ? e.flags & 2 ? -1 : 1 / 0 : e.id;
function Tf(e) {
  x.NODE_ENV !== "production" && (e = e || /* @__PURE__ */ new Map());
  const t = x.NODE_ENV !== "production" ? (n) => Gr(e, n) : Dt;
  try {
    for (Ee = 0; Ee < Ht.length; Ee++) {
      const n = Ht[Ee];
      if (n && !(n.flags & 8)) {
        if (x.NODE_ENV !== "production" && t(n))
          continue;
        n.flags & 4 && (n.flags &= -2), Jn(
          n,
          n.i,
          n.i ? 15 : 14
        ), n.flags & 4 || (n.flags &= -2);
      }
    }
  } finally {
    for (; Ee < Ht.length; Ee++) {
      const n = Ht[Ee];
      n && (n.flags &= -2);
    }
    Ee = -1, Ht.length = 0, Af(e), ji = null, (Ht.length || Yn.length) && Tf(e);
  }
}
function Gr(e, t) {
  const n = e.get(t) || 0;
  if (n > Rd) {
    const s = t.i, i = s && bu(s.type);
    return Xs(
      `Maximum recursive updates exceeded${i ? ` in component <${i}>` : ""}. This means you have a reactive effect that is mutating its own dependencies and thus recursively triggering itself. Possible sources include component template, render function, updated hook or watcher source function.`,
      null,
      10
    ), !0;
  }
  return e.set(t, n + 1), !1;
}
let de = !1;
const Si = /* @__PURE__ */ new Map();
x.NODE_ENV !== "production" && (Ks().__VUE_HMR_RUNTIME__ = {
  createRecord: Ao(Pf),
  rerender: Ao(Fd),
  reload: Ao($d)
});
const Cn = /* @__PURE__ */ new Map();
function Id(e) {
  const t = e.type.__hmrId;
  let n = Cn.get(t);
  n || (Pf(t, e.type), n = Cn.get(t)), n.instances.add(e);
}
function Ld(e) {
  Cn.get(e.type.__hmrId).instances.delete(e);
}
function Pf(e, t) {
  return Cn.has(e) ? !1 : (Cn.set(e, {
    initialDef: Bi(t),
    instances: /* @__PURE__ */ new Set()
  }), !0);
}
function Bi(e) {
  return _u(e) ? e.__vccOpts : e;
}
function Fd(e, t) {
  const n = Cn.get(e);
  n && (n.initialDef.render = t, [...n.instances].forEach((s) => {
    t && (s.render = t, Bi(s.type).render = t), s.renderCache = [], de = !0, s.update(), de = !1;
  }));
}
function $d(e, t) {
  const n = Cn.get(e);
  if (!n) return;
  t = Bi(t), za(n.initialDef, t);
  const s = [...n.instances];
  for (let i = 0; i < s.length; i++) {
    const o = s[i], r = Bi(o.type);
    let a = Si.get(r);
    a || (r !== n.initialDef && za(r, t), Si.set(r, a = /* @__PURE__ */ new Set())), a.add(o), o.appContext.propsCache.delete(o.type), o.appContext.emitsCache.delete(o.type), o.appContext.optionsCache.delete(o.type), o.ceReload ? (a.add(o), o.ceReload(t.styles), a.delete(o)) : o.parent ? go(() => {
      de = !0, o.parent.update(), de = !1, a.delete(o);
    }) : o.appContext.reload ? o.appContext.reload() : typeof window < "u" ? window.location.reload() : console.warn(
      "[HMR] Root or manually mounted instance modified. Full reload required."
    ), o.root.ce && o !== o.root && o.root.ce._removeChildStyle(r);
  }
  Cf(() => {
    Si.clear();
  });
}
function za(e, t) {
  _t(e, t);
  for (const n in e)
    n !== "__file" && !(n in t) && delete e[n];
}
function Ao(e) {
  return (t, n) => {
    try {
      return e(t, n);
    } catch (s) {
      console.error(s), console.warn(
        "[HMR] Something went wrong during Vue component hot-reload. Full reload required."
      );
    }
  };
}
let Ne, bs = [], ur = !1;
function qs(e, ...t) {
  Ne ? Ne.emit(e, ...t) : ur || bs.push({ event: e, args: t });
}
function Rf(e, t) {
  var n, s;
  Ne = e, Ne ? (Ne.enabled = !0, bs.forEach(({ event: i, args: o }) => Ne.emit(i, ...o)), bs = []) : /* handle late devtools injection - only do this if we are in an actual */ /* browser environment to avoid the timer handle stalling test runner exit */ /* (#4815) */ typeof window < "u" && // some envs mock window but not fully
  window.HTMLElement && // also exclude jsdom
  // eslint-disable-next-line no-restricted-syntax
  !((s = (n = window.navigator) == null ? void 0 : n.userAgent) != null && s.includes("jsdom")) ? ((t.__VUE_DEVTOOLS_HOOK_REPLAY__ = t.__VUE_DEVTOOLS_HOOK_REPLAY__ || []).push((o) => {
    Rf(o, t);
  }), setTimeout(() => {
    Ne || (t.__VUE_DEVTOOLS_HOOK_REPLAY__ = null, ur = !0, bs = []);
  }, 3e3)) : (ur = !0, bs = []);
}
function jd(e, t) {
  qs("app:init", e, t, {
    Fragment: ue,
    Text: Gs,
    Comment: se,
    Static: ki
  });
}
function Bd(e) {
  qs("app:unmount", e);
}
const zd = /* @__PURE__ */ Zr(
  "component:added"
  /* COMPONENT_ADDED */
), Vf = /* @__PURE__ */ Zr(
  "component:updated"
  /* COMPONENT_UPDATED */
), Hd = /* @__PURE__ */ Zr(
  "component:removed"
  /* COMPONENT_REMOVED */
), Wd = (e) => {
  Ne && typeof Ne.cleanupBuffer == "function" && // remove the component if it wasn't buffered
  !Ne.cleanupBuffer(e) && Hd(e);
};
/*! #__NO_SIDE_EFFECTS__ */
// @__NO_SIDE_EFFECTS__
function Zr(e) {
  return (t) => {
    qs(
      e,
      t.appContext.app,
      t.uid,
      t.parent ? t.parent.uid : void 0,
      t
    );
  };
}
const Yd = /* @__PURE__ */ If(
  "perf:start"
  /* PERFORMANCE_START */
), Ud = /* @__PURE__ */ If(
  "perf:end"
  /* PERFORMANCE_END */
);
function If(e) {
  return (t, n, s) => {
    qs(e, t.appContext.app, t.uid, t, n, s);
  };
}
function Kd(e, t, n) {
  qs(
    "component:emit",
    e.appContext.app,
    e,
    t,
    n
  );
}
let te = null, Lf = null;
function zi(e) {
  const t = te;
  return te = e, Lf = e && e.type.__scopeId || null, t;
}
function Xd(e, t = te, n) {
  if (!t || e._n)
    return e;
  const s = (...i) => {
    s._d && sl(-1);
    const o = zi(t);
    let r;
    try {
      r = e(...i);
    } finally {
      zi(o), s._d && sl(1);
    }
    return x.NODE_ENV !== "production" && Vf(t), r;
  };
  return s._n = !0, s._c = !0, s._d = !0, s;
}
function Ff(e) {
  jh(e) && I("Do not use built-in directive ids as custom directive id: " + e);
}
function un(e, t, n, s) {
  const i = e.dirs, o = t && t.dirs;
  for (let r = 0; r < i.length; r++) {
    const a = i[r];
    o && (a.oldValue = o[r].value);
    let l = a.dir[s];
    l && (Ke(), Pe(l, n, 8, [
      e.el,
      a,
      e,
      t
    ]), Xe());
  }
}
const $f = Symbol("_vte"), qd = (e) => e.__isTeleport, Sn = (e) => e && (e.disabled || e.disabled === ""), Ha = (e) => e && (e.defer || e.defer === ""), Wa = (e) => typeof SVGElement < "u" && e instanceof SVGElement, Ya = (e) => typeof MathMLElement == "function" && e instanceof MathMLElement, hr = (e, t) => {
  const n = e && e.to;
  if (bt(n))
    if (t) {
      const s = t(n);
      return x.NODE_ENV !== "production" && !s && !Sn(e) && I(
        `Failed to locate Teleport target with selector "${n}". Note the target element must exist before the component is mounted - i.e. the target cannot be rendered by the component itself, and ideally should be outside of the entire Vue component tree.`
      ), s;
    } else
      return x.NODE_ENV !== "production" && I(
        "Current renderer does not support string target for Teleports. (missing querySelector renderer option)"
      ), null;
  else
    return x.NODE_ENV !== "production" && !n && !Sn(e) && I(`Invalid Teleport target: ${n}`), n;
}, jf = {
  name: "Teleport",
  __isTeleport: !0,
  process(e, t, n, s, i, o, r, a, l, c) {
    const {
      mc: f,
      pc: u,
      pbc: h,
      o: { insert: d, querySelector: p, createText: g, createComment: b }
    } = c, _ = Sn(t.props);
    let { shapeFlag: E, children: M, dynamicChildren: D } = t;
    if (x.NODE_ENV !== "production" && de && (l = !1, D = null), e == null) {
      const w = t.el = x.NODE_ENV !== "production" ? b("teleport start") : g(""), N = t.anchor = x.NODE_ENV !== "production" ? b("teleport end") : g("");
      d(w, n, s), d(N, n, s);
      const v = (k, V) => {
        E & 16 && (i && i.isCE && (i.ce._teleportTarget = k), f(
          M,
          k,
          V,
          i,
          o,
          r,
          a,
          l
        ));
      }, S = () => {
        const k = t.target = hr(t.props, p), V = Bf(k, t, g, d);
        k ? (r !== "svg" && Wa(k) ? r = "svg" : r !== "mathml" && Ya(k) && (r = "mathml"), _ || (v(k, V), Ni(t, !1))) : x.NODE_ENV !== "production" && !_ && I(
          "Invalid Teleport target on mount:",
          k,
          `(${typeof k})`
        );
      };
      _ && (v(n, N), Ni(t, !0)), Ha(t.props) ? zt(() => {
        S(), t.el.__isMounted = !0;
      }, o) : S();
    } else {
      if (Ha(t.props) && !e.el.__isMounted) {
        zt(() => {
          jf.process(
            e,
            t,
            n,
            s,
            i,
            o,
            r,
            a,
            l,
            c
          ), delete e.el.__isMounted;
        }, o);
        return;
      }
      t.el = e.el, t.targetStart = e.targetStart;
      const w = t.anchor = e.anchor, N = t.target = e.target, v = t.targetAnchor = e.targetAnchor, S = Sn(e.props), k = S ? n : N, V = S ? w : v;
      if (r === "svg" || Wa(N) ? r = "svg" : (r === "mathml" || Ya(N)) && (r = "mathml"), D ? (h(
        e.dynamicChildren,
        D,
        k,
        i,
        o,
        r,
        a
      ), Ds(e, t, !0)) : l || u(
        e,
        t,
        k,
        V,
        i,
        o,
        r,
        a,
        !1
      ), _)
        S ? t.props && e.props && t.props.to !== e.props.to && (t.props.to = e.props.to) : si(
          t,
          n,
          w,
          c,
          1
        );
      else if ((t.props && t.props.to) !== (e.props && e.props.to)) {
        const z = t.target = hr(
          t.props,
          p
        );
        z ? si(
          t,
          z,
          null,
          c,
          0
        ) : x.NODE_ENV !== "production" && I(
          "Invalid Teleport target on update:",
          N,
          `(${typeof N})`
        );
      } else S && si(
        t,
        N,
        v,
        c,
        1
      );
      Ni(t, _);
    }
  },
  remove(e, t, n, { um: s, o: { remove: i } }, o) {
    const {
      shapeFlag: r,
      children: a,
      anchor: l,
      targetStart: c,
      targetAnchor: f,
      target: u,
      props: h
    } = e;
    if (u && (i(c), i(f)), o && i(l), r & 16) {
      const d = o || !Sn(h);
      for (let p = 0; p < a.length; p++) {
        const g = a[p];
        s(
          g,
          t,
          n,
          d,
          !!g.dynamicChildren
        );
      }
    }
  },
  move: si,
  hydrate: Gd
};
function si(e, t, n, { o: { insert: s }, m: i }, o = 2) {
  o === 0 && s(e.targetAnchor, t, n);
  const { el: r, anchor: a, shapeFlag: l, children: c, props: f } = e, u = o === 2;
  if (u && s(r, t, n), (!u || Sn(f)) && l & 16)
    for (let h = 0; h < c.length; h++)
      i(
        c[h],
        t,
        n,
        2
      );
  u && s(a, t, n);
}
function Gd(e, t, n, s, i, o, {
  o: { nextSibling: r, parentNode: a, querySelector: l, insert: c, createText: f }
}, u) {
  const h = t.target = hr(
    t.props,
    l
  );
  if (h) {
    const d = Sn(t.props), p = h._lpa || h.firstChild;
    if (t.shapeFlag & 16)
      if (d)
        t.anchor = u(
          r(e),
          t,
          a(e),
          n,
          s,
          i,
          o
        ), t.targetStart = p, t.targetAnchor = p && r(p);
      else {
        t.anchor = r(e);
        let g = p;
        for (; g; ) {
          if (g && g.nodeType === 8) {
            if (g.data === "teleport start anchor")
              t.targetStart = g;
            else if (g.data === "teleport anchor") {
              t.targetAnchor = g, h._lpa = t.targetAnchor && r(t.targetAnchor);
              break;
            }
          }
          g = r(g);
        }
        t.targetAnchor || Bf(h, t, f, c), u(
          p && r(p),
          t,
          h,
          n,
          s,
          i,
          o
        );
      }
    Ni(t, d);
  }
  return t.anchor && r(t.anchor);
}
const Zd = jf;
function Ni(e, t) {
  const n = e.ctx;
  if (n && n.ut) {
    let s, i;
    for (t ? (s = e.el, i = e.anchor) : (s = e.targetStart, i = e.targetAnchor); s && s !== i; )
      s.nodeType === 1 && s.setAttribute("data-v-owner", n.uid), s = s.nextSibling;
    n.ut();
  }
}
function Bf(e, t, n, s) {
  const i = t.targetStart = n(""), o = t.targetAnchor = n("");
  return i[$f] = o, e && (s(i, e), s(o, e)), o;
}
function Jr(e, t) {
  e.shapeFlag & 6 && e.component ? (e.transition = t, Jr(e.component.subTree, t)) : e.shapeFlag & 128 ? (e.ssContent.transition = t.clone(e.ssContent), e.ssFallback.transition = t.clone(e.ssFallback)) : e.transition = t;
}
/*! #__NO_SIDE_EFFECTS__ */
// @__NO_SIDE_EFFECTS__
function Jd(e, t) {
  return q(e) ? (
    // #8236: extend call and options.name access are considered side-effects
    // by Rollup, so we have to wrap it in a pure-annotated IIFE.
    _t({ name: e.name }, t, { setup: e })
  ) : e;
}
function zf(e) {
  e.ids = [e.ids[0] + e.ids[2]++ + "-", 0, 0];
}
const Qd = /* @__PURE__ */ new WeakSet();
function Hi(e, t, n, s, i = !1) {
  if (U(e)) {
    e.forEach(
      (p, g) => Hi(
        p,
        t && (U(t) ? t[g] : t),
        n,
        s,
        i
      )
    );
    return;
  }
  if (Ns(s) && !i) {
    s.shapeFlag & 512 && s.type.__asyncResolved && s.component.subTree.component && Hi(e, t, n, s.component.subTree);
    return;
  }
  const o = s.shapeFlag & 4 ? ia(s.component) : s.el, r = i ? null : o, { i: a, r: l } = e;
  if (x.NODE_ENV !== "production" && !a) {
    I(
      "Missing ref owner context. ref cannot be used on hoisted vnodes. A vnode with ref must be created inside the render function."
    );
    return;
  }
  const c = t && t.r, f = a.refs === dt ? a.refs = {} : a.refs, u = a.setupState, h = st(u), d = u === dt ? () => !1 : (p) => x.NODE_ENV !== "production" && (at(h, p) && !Ct(h[p]) && I(
    `Template ref "${p}" used on a non-ref value. It will not work in the production build.`
  ), Qd.has(h[p])) ? !1 : at(h, p);
  if (c != null && c !== l && (bt(c) ? (f[c] = null, d(c) && (u[c] = null)) : Ct(c) && (c.value = null)), q(l))
    Jn(l, a, 12, [r, f]);
  else {
    const p = bt(l), g = Ct(l);
    if (p || g) {
      const b = () => {
        if (e.f) {
          const _ = p ? d(l) ? u[l] : f[l] : l.value;
          i ? U(_) && jr(_, o) : U(_) ? _.includes(o) || _.push(o) : p ? (f[l] = [o], d(l) && (u[l] = f[l])) : (l.value = [o], e.k && (f[e.k] = l.value));
        } else p ? (f[l] = r, d(l) && (u[l] = r)) : g ? (l.value = r, e.k && (f[e.k] = r)) : x.NODE_ENV !== "production" && I("Invalid template ref type:", l, `(${typeof l})`);
      };
      r ? (b.id = -1, zt(b, n)) : b();
    } else x.NODE_ENV !== "production" && I("Invalid template ref type:", l, `(${typeof l})`);
  }
}
Ks().requestIdleCallback;
Ks().cancelIdleCallback;
const Ns = (e) => !!e.type.__asyncLoader, Qr = (e) => e.type.__isKeepAlive;
function tp(e, t) {
  Hf(e, "a", t);
}
function ep(e, t) {
  Hf(e, "da", t);
}
function Hf(e, t, n = Tt) {
  const s = e.__wdc || (e.__wdc = () => {
    let i = n;
    for (; i; ) {
      if (i.isDeactivated)
        return;
      i = i.parent;
    }
    return e();
  });
  if (mo(t, s, n), n) {
    let i = n.parent;
    for (; i && i.parent; )
      Qr(i.parent.vnode) && np(s, t, n, i), i = i.parent;
  }
}
function np(e, t, n, s) {
  const i = mo(
    t,
    e,
    s,
    !0
    /* prepend */
  );
  Wf(() => {
    jr(s[t], i);
  }, n);
}
function mo(e, t, n = Tt, s = !1) {
  if (n) {
    const i = n[e] || (n[e] = []), o = t.__weh || (t.__weh = (...r) => {
      Ke();
      const a = Zs(n), l = Pe(t, n, e, r);
      return a(), Xe(), l;
    });
    return s ? i.unshift(o) : i.push(o), o;
  } else if (x.NODE_ENV !== "production") {
    const i = mn(qr[e].replace(/ hook$/, ""));
    I(
      `${i} is called when there is no active component instance to be associated with. Lifecycle injection APIs can only be used during execution of setup(). If you are using async setup(), make sure to register lifecycle hooks before the first await statement.`
    );
  }
}
const qe = (e) => (t, n = Tt) => {
  (!$s || e === "sp") && mo(e, (...s) => t(...s), n);
}, sp = qe("bm"), ip = qe("m"), op = qe(
  "bu"
), rp = qe("u"), ap = qe(
  "bum"
), Wf = qe("um"), lp = qe(
  "sp"
), cp = qe("rtg"), fp = qe("rtc");
function up(e, t = Tt) {
  mo("ec", e, t);
}
const hp = Symbol.for("v-ndc");
function dp(e, t, n, s) {
  let i;
  const o = n, r = U(e);
  if (r || bt(e)) {
    const a = r && On(e);
    let l = !1;
    a && (l = !Gt(e), e = uo(e)), i = new Array(e.length);
    for (let c = 0, f = e.length; c < f; c++)
      i[c] = t(
        l ? Kt(e[c]) : e[c],
        c,
        void 0,
        o
      );
  } else if (typeof e == "number") {
    x.NODE_ENV !== "production" && !Number.isInteger(e) && I(`The v-for range expect an integer value but got ${e}.`), i = new Array(e);
    for (let a = 0; a < e; a++)
      i[a] = t(a + 1, a, void 0, o);
  } else if (pt(e))
    if (e[Symbol.iterator])
      i = Array.from(
        e,
        (a, l) => t(a, l, void 0, o)
      );
    else {
      const a = Object.keys(e);
      i = new Array(a.length);
      for (let l = 0, c = a.length; l < c; l++) {
        const f = a[l];
        i[l] = t(e[f], f, l, o);
      }
    }
  else
    i = [];
  return i;
}
const dr = (e) => e ? gu(e) ? ia(e) : dr(e.parent) : null, Nn = (
  // Move PURE marker to new line to workaround compiler discarding it
  // due to type annotation
  /* @__PURE__ */ _t(/* @__PURE__ */ Object.create(null), {
    $: (e) => e,
    $el: (e) => e.vnode.el,
    $data: (e) => e.data,
    $props: (e) => x.NODE_ENV !== "production" ? De(e.props) : e.props,
    $attrs: (e) => x.NODE_ENV !== "production" ? De(e.attrs) : e.attrs,
    $slots: (e) => x.NODE_ENV !== "production" ? De(e.slots) : e.slots,
    $refs: (e) => x.NODE_ENV !== "production" ? De(e.refs) : e.refs,
    $parent: (e) => dr(e.parent),
    $root: (e) => dr(e.root),
    $host: (e) => e.ce,
    $emit: (e) => e.emit,
    $options: (e) => Kf(e),
    $forceUpdate: (e) => e.f || (e.f = () => {
      go(e.update);
    }),
    $nextTick: (e) => e.n || (e.n = Df.bind(e.proxy)),
    $watch: (e) => Up.bind(e)
  })
), ta = (e) => e === "_" || e === "$", To = (e, t) => e !== dt && !e.__isScriptSetup && at(e, t), Yf = {
  get({ _: e }, t) {
    if (t === "__v_skip")
      return !0;
    const { ctx: n, setupState: s, data: i, props: o, accessCache: r, type: a, appContext: l } = e;
    if (x.NODE_ENV !== "production" && t === "__isVue")
      return !0;
    let c;
    if (t[0] !== "$") {
      const d = r[t];
      if (d !== void 0)
        switch (d) {
          case 1:
            return s[t];
          case 2:
            return i[t];
          case 4:
            return n[t];
          case 3:
            return o[t];
        }
      else {
        if (To(s, t))
          return r[t] = 1, s[t];
        if (i !== dt && at(i, t))
          return r[t] = 2, i[t];
        if (
          // only cache other properties when instance has declared (thus stable)
          // props
          (c = e.propsOptions[0]) && at(c, t)
        )
          return r[t] = 3, o[t];
        if (n !== dt && at(n, t))
          return r[t] = 4, n[t];
        pr && (r[t] = 0);
      }
    }
    const f = Nn[t];
    let u, h;
    if (f)
      return t === "$attrs" ? (Nt(e.attrs, "get", ""), x.NODE_ENV !== "production" && Ui()) : x.NODE_ENV !== "production" && t === "$slots" && Nt(e, "get", t), f(e);
    if (
      // css module (injected by vue-loader)
      (u = a.__cssModules) && (u = u[t])
    )
      return u;
    if (n !== dt && at(n, t))
      return r[t] = 4, n[t];
    if (
      // global properties
      h = l.config.globalProperties, at(h, t)
    )
      return h[t];
    x.NODE_ENV !== "production" && te && (!bt(t) || // #1091 avoid internal isRef/isVNode checks on component instance leading
    // to infinite warning loop
    t.indexOf("__v") !== 0) && (i !== dt && ta(t[0]) && at(i, t) ? I(
      `Property ${JSON.stringify(
        t
      )} must be accessed via $data because it starts with a reserved character ("$" or "_") and is not proxied on the render context.`
    ) : e === te && I(
      `Property ${JSON.stringify(t)} was accessed during render but is not defined on instance.`
    ));
  },
  set({ _: e }, t, n) {
    const { data: s, setupState: i, ctx: o } = e;
    return To(i, t) ? (i[t] = n, !0) : x.NODE_ENV !== "production" && i.__isScriptSetup && at(i, t) ? (I(`Cannot mutate <script setup> binding "${t}" from Options API.`), !1) : s !== dt && at(s, t) ? (s[t] = n, !0) : at(e.props, t) ? (x.NODE_ENV !== "production" && I(`Attempting to mutate prop "${t}". Props are readonly.`), !1) : t[0] === "$" && t.slice(1) in e ? (x.NODE_ENV !== "production" && I(
      `Attempting to mutate public property "${t}". Properties starting with $ are reserved and readonly.`
    ), !1) : (x.NODE_ENV !== "production" && t in e.appContext.config.globalProperties ? Object.defineProperty(o, t, {
      enumerable: !0,
      configurable: !0,
      value: n
    }) : o[t] = n, !0);
  },
  has({
    _: { data: e, setupState: t, accessCache: n, ctx: s, appContext: i, propsOptions: o }
  }, r) {
    let a;
    return !!n[r] || e !== dt && at(e, r) || To(t, r) || (a = o[0]) && at(a, r) || at(s, r) || at(Nn, r) || at(i.config.globalProperties, r);
  },
  defineProperty(e, t, n) {
    return n.get != null ? e._.accessCache[t] = 0 : at(n, "value") && this.set(e, t, n.value, null), Reflect.defineProperty(e, t, n);
  }
};
x.NODE_ENV !== "production" && (Yf.ownKeys = (e) => (I(
  "Avoid app logic that relies on enumerating keys on a component instance. The keys will be empty in production mode to avoid performance overhead."
), Reflect.ownKeys(e)));
function pp(e) {
  const t = {};
  return Object.defineProperty(t, "_", {
    configurable: !0,
    enumerable: !1,
    get: () => e
  }), Object.keys(Nn).forEach((n) => {
    Object.defineProperty(t, n, {
      configurable: !0,
      enumerable: !1,
      get: () => Nn[n](e),
      // intercepted by the proxy so no need for implementation,
      // but needed to prevent set errors
      set: Dt
    });
  }), t;
}
function gp(e) {
  const {
    ctx: t,
    propsOptions: [n]
  } = e;
  n && Object.keys(n).forEach((s) => {
    Object.defineProperty(t, s, {
      enumerable: !0,
      configurable: !0,
      get: () => e.props[s],
      set: Dt
    });
  });
}
function mp(e) {
  const { ctx: t, setupState: n } = e;
  Object.keys(st(n)).forEach((s) => {
    if (!n.__isScriptSetup) {
      if (ta(s[0])) {
        I(
          `setup() return property ${JSON.stringify(
            s
          )} should not start with "$" or "_" which are reserved prefixes for Vue internals.`
        );
        return;
      }
      Object.defineProperty(t, s, {
        enumerable: !0,
        configurable: !0,
        get: () => n[s],
        set: Dt
      });
    }
  });
}
function Ua(e) {
  return U(e) ? e.reduce(
    (t, n) => (t[n] = null, t),
    {}
  ) : e;
}
function bp() {
  const e = /* @__PURE__ */ Object.create(null);
  return (t, n) => {
    e[n] ? I(`${t} property "${n}" is already defined in ${e[n]}.`) : e[n] = t;
  };
}
let pr = !0;
function _p(e) {
  const t = Kf(e), n = e.proxy, s = e.ctx;
  pr = !1, t.beforeCreate && Ka(t.beforeCreate, e, "bc");
  const {
    // state
    data: i,
    computed: o,
    methods: r,
    watch: a,
    provide: l,
    inject: c,
    // lifecycle
    created: f,
    beforeMount: u,
    mounted: h,
    beforeUpdate: d,
    updated: p,
    activated: g,
    deactivated: b,
    beforeDestroy: _,
    beforeUnmount: E,
    destroyed: M,
    unmounted: D,
    render: w,
    renderTracked: N,
    renderTriggered: v,
    errorCaptured: S,
    serverPrefetch: k,
    // public API
    expose: V,
    inheritAttrs: z,
    // assets
    components: B,
    directives: et,
    filters: yt
  } = t, Q = x.NODE_ENV !== "production" ? bp() : null;
  if (x.NODE_ENV !== "production") {
    const [H] = e.propsOptions;
    if (H)
      for (const K in H)
        Q("Props", K);
  }
  if (c && yp(c, s, Q), r)
    for (const H in r) {
      const K = r[H];
      q(K) ? (x.NODE_ENV !== "production" ? Object.defineProperty(s, H, {
        value: K.bind(n),
        configurable: !0,
        enumerable: !0,
        writable: !0
      }) : s[H] = K.bind(n), x.NODE_ENV !== "production" && Q("Methods", H)) : x.NODE_ENV !== "production" && I(
        `Method "${H}" has type "${typeof K}" in the component definition. Did you reference the function correctly?`
      );
    }
  if (i) {
    x.NODE_ENV !== "production" && !q(i) && I(
      "The data option must be a function. Plain object usage is no longer supported."
    );
    const H = i.call(n, n);
    if (x.NODE_ENV !== "production" && Br(H) && I(
      "data() returned a Promise - note data() cannot be async; If you intend to perform data fetching before component renders, use async setup() + <Suspense>."
    ), !pt(H))
      x.NODE_ENV !== "production" && I("data() should return an object.");
    else if (e.data = Xr(H), x.NODE_ENV !== "production")
      for (const K in H)
        Q("Data", K), ta(K[0]) || Object.defineProperty(s, K, {
          configurable: !0,
          enumerable: !0,
          get: () => H[K],
          set: Dt
        });
  }
  if (pr = !0, o)
    for (const H in o) {
      const K = o[H], ft = q(K) ? K.bind(n, n) : q(K.get) ? K.get.bind(n, n) : Dt;
      x.NODE_ENV !== "production" && ft === Dt && I(`Computed property "${H}" has no getter.`);
      const ce = !q(K) && q(K.set) ? K.set.bind(n) : x.NODE_ENV !== "production" ? () => {
        I(
          `Write operation failed: computed property "${H}" is readonly.`
        );
      } : Dt, ie = _g({
        get: ft,
        set: ce
      });
      Object.defineProperty(s, H, {
        enumerable: !0,
        configurable: !0,
        get: () => ie.value,
        set: (Lt) => ie.value = Lt
      }), x.NODE_ENV !== "production" && Q("Computed", H);
    }
  if (a)
    for (const H in a)
      Uf(a[H], s, n, H);
  if (l) {
    const H = q(l) ? l.call(n) : l;
    Reflect.ownKeys(H).forEach((K) => {
      Mp(K, H[K]);
    });
  }
  f && Ka(f, e, "c");
  function J(H, K) {
    U(K) ? K.forEach((ft) => H(ft.bind(n))) : K && H(K.bind(n));
  }
  if (J(sp, u), J(ip, h), J(op, d), J(rp, p), J(tp, g), J(ep, b), J(up, S), J(fp, N), J(cp, v), J(ap, E), J(Wf, D), J(lp, k), U(V))
    if (V.length) {
      const H = e.exposed || (e.exposed = {});
      V.forEach((K) => {
        Object.defineProperty(H, K, {
          get: () => n[K],
          set: (ft) => n[K] = ft
        });
      });
    } else e.exposed || (e.exposed = {});
  w && e.render === Dt && (e.render = w), z != null && (e.inheritAttrs = z), B && (e.components = B), et && (e.directives = et), k && zf(e);
}
function yp(e, t, n = Dt) {
  U(e) && (e = gr(e));
  for (const s in e) {
    const i = e[s];
    let o;
    pt(i) ? "default" in i ? o = Di(
      i.from || s,
      i.default,
      !0
    ) : o = Di(i.from || s) : o = Di(i), Ct(o) ? Object.defineProperty(t, s, {
      enumerable: !0,
      configurable: !0,
      get: () => o.value,
      set: (r) => o.value = r
    }) : t[s] = o, x.NODE_ENV !== "production" && n("Inject", s);
  }
}
function Ka(e, t, n) {
  Pe(
    U(e) ? e.map((s) => s.bind(t.proxy)) : e.bind(t.proxy),
    t,
    n
  );
}
function Uf(e, t, n, s) {
  let i = s.includes(".") ? ru(n, s) : () => n[s];
  if (bt(e)) {
    const o = t[e];
    q(o) ? Ro(i, o) : x.NODE_ENV !== "production" && I(`Invalid watch handler specified by key "${e}"`, o);
  } else if (q(e))
    Ro(i, e.bind(n));
  else if (pt(e))
    if (U(e))
      e.forEach((o) => Uf(o, t, n, s));
    else {
      const o = q(e.handler) ? e.handler.bind(n) : t[e.handler];
      q(o) ? Ro(i, o, e) : x.NODE_ENV !== "production" && I(`Invalid watch handler specified by key "${e.handler}"`, o);
    }
  else x.NODE_ENV !== "production" && I(`Invalid watch option: "${s}"`, e);
}
function Kf(e) {
  const t = e.type, { mixins: n, extends: s } = t, {
    mixins: i,
    optionsCache: o,
    config: { optionMergeStrategies: r }
  } = e.appContext, a = o.get(t);
  let l;
  return a ? l = a : !i.length && !n && !s ? l = t : (l = {}, i.length && i.forEach(
    (c) => Wi(l, c, r, !0)
  ), Wi(l, t, r)), pt(t) && o.set(t, l), l;
}
function Wi(e, t, n, s = !1) {
  const { mixins: i, extends: o } = t;
  o && Wi(e, o, n, !0), i && i.forEach(
    (r) => Wi(e, r, n, !0)
  );
  for (const r in t)
    if (s && r === "expose")
      x.NODE_ENV !== "production" && I(
        '"expose" option is ignored when declared in mixins or extends. It should only be declared in the base component itself.'
      );
    else {
      const a = xp[r] || n && n[r];
      e[r] = a ? a(e[r], t[r]) : t[r];
    }
  return e;
}
const xp = {
  data: Xa,
  props: qa,
  emits: qa,
  // objects
  methods: _s,
  computed: _s,
  // lifecycle
  beforeCreate: jt,
  created: jt,
  beforeMount: jt,
  mounted: jt,
  beforeUpdate: jt,
  updated: jt,
  beforeDestroy: jt,
  beforeUnmount: jt,
  destroyed: jt,
  unmounted: jt,
  activated: jt,
  deactivated: jt,
  errorCaptured: jt,
  serverPrefetch: jt,
  // assets
  components: _s,
  directives: _s,
  // watch
  watch: wp,
  // provide / inject
  provide: Xa,
  inject: vp
};
function Xa(e, t) {
  return t ? e ? function() {
    return _t(
      q(e) ? e.call(this, this) : e,
      q(t) ? t.call(this, this) : t
    );
  } : t : e;
}
function vp(e, t) {
  return _s(gr(e), gr(t));
}
function gr(e) {
  if (U(e)) {
    const t = {};
    for (let n = 0; n < e.length; n++)
      t[e[n]] = e[n];
    return t;
  }
  return e;
}
function jt(e, t) {
  return e ? [...new Set([].concat(e, t))] : t;
}
function _s(e, t) {
  return e ? _t(/* @__PURE__ */ Object.create(null), e, t) : t;
}
function qa(e, t) {
  return e ? U(e) && U(t) ? [.../* @__PURE__ */ new Set([...e, ...t])] : _t(
    /* @__PURE__ */ Object.create(null),
    Ua(e),
    Ua(t ?? {})
  ) : t;
}
function wp(e, t) {
  if (!e) return t;
  if (!t) return e;
  const n = _t(/* @__PURE__ */ Object.create(null), e);
  for (const s in t)
    n[s] = jt(e[s], t[s]);
  return n;
}
function Xf() {
  return {
    app: null,
    config: {
      isNativeTag: Fh,
      performance: !1,
      globalProperties: {},
      optionMergeStrategies: {},
      errorHandler: void 0,
      warnHandler: void 0,
      compilerOptions: {}
    },
    mixins: [],
    components: {},
    directives: {},
    provides: /* @__PURE__ */ Object.create(null),
    optionsCache: /* @__PURE__ */ new WeakMap(),
    propsCache: /* @__PURE__ */ new WeakMap(),
    emitsCache: /* @__PURE__ */ new WeakMap()
  };
}
let Ep = 0;
function Op(e, t) {
  return function(s, i = null) {
    q(s) || (s = _t({}, s)), i != null && !pt(i) && (x.NODE_ENV !== "production" && I("root props passed to app.mount() must be an object."), i = null);
    const o = Xf(), r = /* @__PURE__ */ new WeakSet(), a = [];
    let l = !1;
    const c = o.app = {
      _uid: Ep++,
      _component: s,
      _props: i,
      _container: null,
      _context: o,
      _instance: null,
      version: al,
      get config() {
        return o.config;
      },
      set config(f) {
        x.NODE_ENV !== "production" && I(
          "app.config cannot be replaced. Modify individual options instead."
        );
      },
      use(f, ...u) {
        return r.has(f) ? x.NODE_ENV !== "production" && I("Plugin has already been applied to target app.") : f && q(f.install) ? (r.add(f), f.install(c, ...u)) : q(f) ? (r.add(f), f(c, ...u)) : x.NODE_ENV !== "production" && I(
          'A plugin must either be a function or an object with an "install" function.'
        ), c;
      },
      mixin(f) {
        return o.mixins.includes(f) ? x.NODE_ENV !== "production" && I(
          "Mixin has already been applied to target app" + (f.name ? `: ${f.name}` : "")
        ) : o.mixins.push(f), c;
      },
      component(f, u) {
        return x.NODE_ENV !== "production" && xr(f, o.config), u ? (x.NODE_ENV !== "production" && o.components[f] && I(`Component "${f}" has already been registered in target app.`), o.components[f] = u, c) : o.components[f];
      },
      directive(f, u) {
        return x.NODE_ENV !== "production" && Ff(f), u ? (x.NODE_ENV !== "production" && o.directives[f] && I(`Directive "${f}" has already been registered in target app.`), o.directives[f] = u, c) : o.directives[f];
      },
      mount(f, u, h) {
        if (l)
          x.NODE_ENV !== "production" && I(
            "App has already been mounted.\nIf you want to remount the same app, move your app creation logic into a factory function and create fresh app instances for each mount - e.g. `const createMyApp = () => createApp(App)`"
          );
        else {
          x.NODE_ENV !== "production" && f.__vue_app__ && I(
            "There is already an app instance mounted on the host container.\n If you want to mount another app on the same host container, you need to unmount the previous app by calling `app.unmount()` first."
          );
          const d = c._ceVNode || Ce(s, i);
          return d.appContext = o, h === !0 ? h = "svg" : h === !1 && (h = void 0), x.NODE_ENV !== "production" && (o.reload = () => {
            e(
              sn(d),
              f,
              h
            );
          }), e(d, f, h), l = !0, c._container = f, f.__vue_app__ = c, x.NODE_ENV !== "production" && (c._instance = d.component, jd(c, al)), ia(d.component);
        }
      },
      onUnmount(f) {
        x.NODE_ENV !== "production" && typeof f != "function" && I(
          `Expected function as first argument to app.onUnmount(), but got ${typeof f}`
        ), a.push(f);
      },
      unmount() {
        l ? (Pe(
          a,
          c._instance,
          16
        ), e(null, c._container), x.NODE_ENV !== "production" && (c._instance = null, Bd(c)), delete c._container.__vue_app__) : x.NODE_ENV !== "production" && I("Cannot unmount an app that is not mounted.");
      },
      provide(f, u) {
        return x.NODE_ENV !== "production" && f in o.provides && I(
          `App already provides property with key "${String(f)}". It will be overwritten with the new value.`
        ), o.provides[f] = u, c;
      },
      runWithContext(f) {
        const u = Un;
        Un = c;
        try {
          return f();
        } finally {
          Un = u;
        }
      }
    };
    return c;
  };
}
let Un = null;
function Mp(e, t) {
  if (!Tt)
    x.NODE_ENV !== "production" && I("provide() can only be used inside setup().");
  else {
    let n = Tt.provides;
    const s = Tt.parent && Tt.parent.provides;
    s === n && (n = Tt.provides = Object.create(s)), n[e] = t;
  }
}
function Di(e, t, n = !1) {
  const s = Tt || te;
  if (s || Un) {
    const i = Un ? Un._context.provides : s ? s.parent == null ? s.vnode.appContext && s.vnode.appContext.provides : s.parent.provides : void 0;
    if (i && e in i)
      return i[e];
    if (arguments.length > 1)
      return n && q(t) ? t.call(s && s.proxy) : t;
    x.NODE_ENV !== "production" && I(`injection "${String(e)}" not found.`);
  } else x.NODE_ENV !== "production" && I("inject() can only be used inside setup() or functional components.");
}
const qf = {}, Gf = () => Object.create(qf), Zf = (e) => Object.getPrototypeOf(e) === qf;
function Sp(e, t, n, s = !1) {
  const i = {}, o = Gf();
  e.propsDefaults = /* @__PURE__ */ Object.create(null), Jf(e, t, i, o);
  for (const r in e.propsOptions[0])
    r in i || (i[r] = void 0);
  x.NODE_ENV !== "production" && tu(t || {}, i, e), n ? e.props = s ? i : wd(i) : e.type.props ? e.props = i : e.props = o, e.attrs = o;
}
function Np(e) {
  for (; e; ) {
    if (e.type.__hmrId) return !0;
    e = e.parent;
  }
}
function Dp(e, t, n, s) {
  const {
    props: i,
    attrs: o,
    vnode: { patchFlag: r }
  } = e, a = st(i), [l] = e.propsOptions;
  let c = !1;
  if (
    // always force full diff in dev
    // - #1942 if hmr is enabled with sfc component
    // - vite#872 non-sfc component used by sfc component
    !(x.NODE_ENV !== "production" && Np(e)) && (s || r > 0) && !(r & 16)
  ) {
    if (r & 8) {
      const f = e.vnode.dynamicProps;
      for (let u = 0; u < f.length; u++) {
        let h = f[u];
        if (bo(e.emitsOptions, h))
          continue;
        const d = t[h];
        if (l)
          if (at(o, h))
            d !== o[h] && (o[h] = d, c = !0);
          else {
            const p = qt(h);
            i[p] = mr(
              l,
              a,
              p,
              d,
              e,
              !1
            );
          }
        else
          d !== o[h] && (o[h] = d, c = !0);
      }
    }
  } else {
    Jf(e, t, i, o) && (c = !0);
    let f;
    for (const u in a)
      (!t || // for camelCase
      !at(t, u) && // it's possible the original props was passed in as kebab-case
      // and converted to camelCase (#955)
      ((f = Qt(u)) === u || !at(t, f))) && (l ? n && // for camelCase
      (n[u] !== void 0 || // for kebab-case
      n[f] !== void 0) && (i[u] = mr(
        l,
        a,
        u,
        void 0,
        e,
        !0
      )) : delete i[u]);
    if (o !== a)
      for (const u in o)
        (!t || !at(t, u)) && (delete o[u], c = !0);
  }
  c && Se(e.attrs, "set", ""), x.NODE_ENV !== "production" && tu(t || {}, i, e);
}
function Jf(e, t, n, s) {
  const [i, o] = e.propsOptions;
  let r = !1, a;
  if (t)
    for (let l in t) {
      if (Os(l))
        continue;
      const c = t[l];
      let f;
      i && at(i, f = qt(l)) ? !o || !o.includes(f) ? n[f] = c : (a || (a = {}))[f] = c : bo(e.emitsOptions, l) || (!(l in s) || c !== s[l]) && (s[l] = c, r = !0);
    }
  if (o) {
    const l = st(n), c = a || dt;
    for (let f = 0; f < o.length; f++) {
      const u = o[f];
      n[u] = mr(
        i,
        l,
        u,
        c[u],
        e,
        !at(c, u)
      );
    }
  }
  return r;
}
function mr(e, t, n, s, i, o) {
  const r = e[n];
  if (r != null) {
    const a = at(r, "default");
    if (a && s === void 0) {
      const l = r.default;
      if (r.type !== Function && !r.skipFactory && q(l)) {
        const { propsDefaults: c } = i;
        if (n in c)
          s = c[n];
        else {
          const f = Zs(i);
          s = c[n] = l.call(
            null,
            t
          ), f();
        }
      } else
        s = l;
      i.ce && i.ce._setProp(n, s);
    }
    r[
      0
      /* shouldCast */
    ] && (o && !a ? s = !1 : r[
      1
      /* shouldCastTrue */
    ] && (s === "" || s === Qt(n)) && (s = !0));
  }
  return s;
}
const kp = /* @__PURE__ */ new WeakMap();
function Qf(e, t, n = !1) {
  const s = n ? kp : t.propsCache, i = s.get(e);
  if (i)
    return i;
  const o = e.props, r = {}, a = [];
  let l = !1;
  if (!q(e)) {
    const f = (u) => {
      l = !0;
      const [h, d] = Qf(u, t, !0);
      _t(r, h), d && a.push(...d);
    };
    !n && t.mixins.length && t.mixins.forEach(f), e.extends && f(e.extends), e.mixins && e.mixins.forEach(f);
  }
  if (!o && !l)
    return pt(e) && s.set(e, Wn), Wn;
  if (U(o))
    for (let f = 0; f < o.length; f++) {
      x.NODE_ENV !== "production" && !bt(o[f]) && I("props must be strings when using array syntax.", o[f]);
      const u = qt(o[f]);
      Ga(u) && (r[u] = dt);
    }
  else if (o) {
    x.NODE_ENV !== "production" && !pt(o) && I("invalid props options", o);
    for (const f in o) {
      const u = qt(f);
      if (Ga(u)) {
        const h = o[f], d = r[u] = U(h) || q(h) ? { type: h } : _t({}, h), p = d.type;
        let g = !1, b = !0;
        if (U(p))
          for (let _ = 0; _ < p.length; ++_) {
            const E = p[_], M = q(E) && E.name;
            if (M === "Boolean") {
              g = !0;
              break;
            } else M === "String" && (b = !1);
          }
        else
          g = q(p) && p.name === "Boolean";
        d[
          0
          /* shouldCast */
        ] = g, d[
          1
          /* shouldCastTrue */
        ] = b, (g || at(d, "default")) && a.push(u);
      }
    }
  }
  const c = [r, a];
  return pt(e) && s.set(e, c), c;
}
function Ga(e) {
  return e[0] !== "$" && !Os(e) ? !0 : (x.NODE_ENV !== "production" && I(`Invalid prop name: "${e}" is a reserved property.`), !1);
}
function Cp(e) {
  return e === null ? "null" : typeof e == "function" ? e.name || "" : typeof e == "object" && e.constructor && e.constructor.name || "";
}
function tu(e, t, n) {
  const s = st(t), i = n.propsOptions[0], o = Object.keys(e).map((r) => qt(r));
  for (const r in i) {
    let a = i[r];
    a != null && Ap(
      r,
      s[r],
      a,
      x.NODE_ENV !== "production" ? De(s) : s,
      !o.includes(r)
    );
  }
}
function Ap(e, t, n, s, i) {
  const { type: o, required: r, validator: a, skipCheck: l } = n;
  if (r && i) {
    I('Missing required prop: "' + e + '"');
    return;
  }
  if (!(t == null && !r)) {
    if (o != null && o !== !0 && !l) {
      let c = !1;
      const f = U(o) ? o : [o], u = [];
      for (let h = 0; h < f.length && !c; h++) {
        const { valid: d, expectedType: p } = Pp(t, f[h]);
        u.push(p || ""), c = d;
      }
      if (!c) {
        I(Rp(e, t, u));
        return;
      }
    }
    a && !a(t, s) && I('Invalid prop: custom validator check failed for prop "' + e + '".');
  }
}
const Tp = /* @__PURE__ */ Ue(
  "String,Number,Boolean,Function,Symbol,BigInt"
);
function Pp(e, t) {
  let n;
  const s = Cp(t);
  if (s === "null")
    n = e === null;
  else if (Tp(s)) {
    const i = typeof e;
    n = i === s.toLowerCase(), !n && i === "object" && (n = e instanceof t);
  } else s === "Object" ? n = pt(e) : s === "Array" ? n = U(e) : n = e instanceof t;
  return {
    valid: n,
    expectedType: s
  };
}
function Rp(e, t, n) {
  if (n.length === 0)
    return `Prop type [] for prop "${e}" won't match anything. Did you mean to use type Array instead?`;
  let s = `Invalid prop: type check failed for prop "${e}". Expected ${n.map(co).join(" | ")}`;
  const i = n[0], o = zr(t), r = Za(t, i), a = Za(t, o);
  return n.length === 1 && Ja(i) && !Vp(i, o) && (s += ` with value ${r}`), s += `, got ${o} `, Ja(o) && (s += `with value ${a}.`), s;
}
function Za(e, t) {
  return t === "String" ? `"${e}"` : t === "Number" ? `${Number(e)}` : `${e}`;
}
function Ja(e) {
  return ["string", "number", "boolean"].some((n) => e.toLowerCase() === n);
}
function Vp(...e) {
  return e.some((t) => t.toLowerCase() === "boolean");
}
const eu = (e) => e[0] === "_" || e === "$stable", ea = (e) => U(e) ? e.map(he) : [he(e)], Ip = (e, t, n) => {
  if (t._n)
    return t;
  const s = Xd((...i) => (x.NODE_ENV !== "production" && Tt && (!n || n.root === Tt.root) && I(
    `Slot "${e}" invoked outside of the render function: this will not track dependencies used in the slot. Invoke the slot function inside the render function instead.`
  ), ea(t(...i))), n);
  return s._c = !1, s;
}, nu = (e, t, n) => {
  const s = e._ctx;
  for (const i in e) {
    if (eu(i)) continue;
    const o = e[i];
    if (q(o))
      t[i] = Ip(i, o, s);
    else if (o != null) {
      x.NODE_ENV !== "production" && I(
        `Non-function value encountered for slot "${i}". Prefer function slots for better performance.`
      );
      const r = ea(o);
      t[i] = () => r;
    }
  }
}, su = (e, t) => {
  x.NODE_ENV !== "production" && !Qr(e.vnode) && I(
    "Non-function value encountered for default slot. Prefer function slots for better performance."
  );
  const n = ea(t);
  e.slots.default = () => n;
}, br = (e, t, n) => {
  for (const s in t)
    (n || s !== "_") && (e[s] = t[s]);
}, Lp = (e, t, n) => {
  const s = e.slots = Gf();
  if (e.vnode.shapeFlag & 32) {
    const i = t._;
    i ? (br(s, t, n), n && Li(s, "_", i, !0)) : nu(t, s);
  } else t && su(e, t);
}, Fp = (e, t, n) => {
  const { vnode: s, slots: i } = e;
  let o = !0, r = dt;
  if (s.shapeFlag & 32) {
    const a = t._;
    a ? x.NODE_ENV !== "production" && de ? (br(i, t, n), Se(e, "set", "$slots")) : n && a === 1 ? o = !1 : br(i, t, n) : (o = !t.$stable, nu(t, i)), r = t;
  } else t && (su(e, t), r = { default: 1 });
  if (o)
    for (const a in i)
      !eu(a) && r[a] == null && delete i[a];
};
let fs, Qe;
function Vn(e, t) {
  e.appContext.config.performance && Yi() && Qe.mark(`vue-${t}-${e.uid}`), x.NODE_ENV !== "production" && Yd(e, t, Yi() ? Qe.now() : Date.now());
}
function In(e, t) {
  if (e.appContext.config.performance && Yi()) {
    const n = `vue-${t}-${e.uid}`, s = n + ":end";
    Qe.mark(s), Qe.measure(
      `<${yo(e, e.type)}> ${t}`,
      n,
      s
    ), Qe.clearMarks(n), Qe.clearMarks(s);
  }
  x.NODE_ENV !== "production" && Ud(e, t, Yi() ? Qe.now() : Date.now());
}
function Yi() {
  return fs !== void 0 || (typeof window < "u" && window.performance ? (fs = !0, Qe = window.performance) : fs = !1), fs;
}
function $p() {
  const e = [];
  if (x.NODE_ENV !== "production" && e.length) {
    const t = e.length > 1;
    console.warn(
      `Feature flag${t ? "s" : ""} ${e.join(", ")} ${t ? "are" : "is"} not explicitly defined. You are running the esm-bundler build of Vue, which expects these compile-time feature flags to be globally injected via the bundler config in order to get better tree-shaking in the production bundle.

For more details, see https://link.vuejs.org/feature-flags.`
    );
  }
}
const zt = Qp;
function jp(e) {
  return Bp(e);
}
function Bp(e, t) {
  $p();
  const n = Ks();
  n.__VUE__ = !0, x.NODE_ENV !== "production" && Rf(n.__VUE_DEVTOOLS_GLOBAL_HOOK__, n);
  const {
    insert: s,
    remove: i,
    patchProp: o,
    createElement: r,
    createText: a,
    createComment: l,
    setText: c,
    setElementText: f,
    parentNode: u,
    nextSibling: h,
    setScopeId: d = Dt,
    insertStaticContent: p
  } = e, g = (m, y, O, T = null, C = null, A = null, $ = void 0, F = null, L = x.NODE_ENV !== "production" && de ? !1 : !!y.dynamicChildren) => {
    if (m === y)
      return;
    m && !us(m, y) && (T = Qs(m), At(m, C, A, !0), m = null), y.patchFlag === -2 && (L = !1, y.dynamicChildren = null);
    const { type: P, ref: X, shapeFlag: j } = y;
    switch (P) {
      case Gs:
        b(m, y, O, T);
        break;
      case se:
        _(m, y, O, T);
        break;
      case ki:
        m == null ? E(y, O, T, $) : x.NODE_ENV !== "production" && M(m, y, O, $);
        break;
      case ue:
        et(
          m,
          y,
          O,
          T,
          C,
          A,
          $,
          F,
          L
        );
        break;
      default:
        j & 1 ? N(
          m,
          y,
          O,
          T,
          C,
          A,
          $,
          F,
          L
        ) : j & 6 ? yt(
          m,
          y,
          O,
          T,
          C,
          A,
          $,
          F,
          L
        ) : j & 64 || j & 128 ? P.process(
          m,
          y,
          O,
          T,
          C,
          A,
          $,
          F,
          L,
          rs
        ) : x.NODE_ENV !== "production" && I("Invalid VNode type:", P, `(${typeof P})`);
    }
    X != null && C && Hi(X, m && m.ref, A, y || m, !y);
  }, b = (m, y, O, T) => {
    if (m == null)
      s(
        y.el = a(y.children),
        O,
        T
      );
    else {
      const C = y.el = m.el;
      y.children !== m.children && c(C, y.children);
    }
  }, _ = (m, y, O, T) => {
    m == null ? s(
      y.el = l(y.children || ""),
      O,
      T
    ) : y.el = m.el;
  }, E = (m, y, O, T) => {
    [m.el, m.anchor] = p(
      m.children,
      y,
      O,
      T,
      m.el,
      m.anchor
    );
  }, M = (m, y, O, T) => {
    if (y.children !== m.children) {
      const C = h(m.anchor);
      w(m), [y.el, y.anchor] = p(
        y.children,
        O,
        C,
        T
      );
    } else
      y.el = m.el, y.anchor = m.anchor;
  }, D = ({ el: m, anchor: y }, O, T) => {
    let C;
    for (; m && m !== y; )
      C = h(m), s(m, O, T), m = C;
    s(y, O, T);
  }, w = ({ el: m, anchor: y }) => {
    let O;
    for (; m && m !== y; )
      O = h(m), i(m), m = O;
    i(y);
  }, N = (m, y, O, T, C, A, $, F, L) => {
    y.type === "svg" ? $ = "svg" : y.type === "math" && ($ = "mathml"), m == null ? v(
      y,
      O,
      T,
      C,
      A,
      $,
      F,
      L
    ) : V(
      m,
      y,
      C,
      A,
      $,
      F,
      L
    );
  }, v = (m, y, O, T, C, A, $, F) => {
    let L, P;
    const { props: X, shapeFlag: j, transition: Y, dirs: Z } = m;
    if (L = m.el = r(
      m.type,
      A,
      X && X.is,
      X
    ), j & 8 ? f(L, m.children) : j & 16 && k(
      m.children,
      L,
      null,
      T,
      C,
      Po(m, A),
      $,
      F
    ), Z && un(m, null, T, "created"), S(L, m, m.scopeId, $, T), X) {
      for (const gt in X)
        gt !== "value" && !Os(gt) && o(L, gt, null, X[gt], A, T);
      "value" in X && o(L, "value", null, X.value, A), (P = X.onVnodeBeforeMount) && xe(P, T, m);
    }
    x.NODE_ENV !== "production" && (Li(L, "__vnode", m, !0), Li(L, "__vueParentComponent", T, !0)), Z && un(m, null, T, "beforeMount");
    const rt = zp(C, Y);
    rt && Y.beforeEnter(L), s(L, y, O), ((P = X && X.onVnodeMounted) || rt || Z) && zt(() => {
      P && xe(P, T, m), rt && Y.enter(L), Z && un(m, null, T, "mounted");
    }, C);
  }, S = (m, y, O, T, C) => {
    if (O && d(m, O), T)
      for (let A = 0; A < T.length; A++)
        d(m, T[A]);
    if (C) {
      let A = C.subTree;
      if (x.NODE_ENV !== "production" && A.patchFlag > 0 && A.patchFlag & 2048 && (A = na(A.children) || A), y === A || cu(A.type) && (A.ssContent === y || A.ssFallback === y)) {
        const $ = C.vnode;
        S(
          m,
          $,
          $.scopeId,
          $.slotScopeIds,
          C.parent
        );
      }
    }
  }, k = (m, y, O, T, C, A, $, F, L = 0) => {
    for (let P = L; P < m.length; P++) {
      const X = m[P] = F ? Ze(m[P]) : he(m[P]);
      g(
        null,
        X,
        y,
        O,
        T,
        C,
        A,
        $,
        F
      );
    }
  }, V = (m, y, O, T, C, A, $) => {
    const F = y.el = m.el;
    x.NODE_ENV !== "production" && (F.__vnode = y);
    let { patchFlag: L, dynamicChildren: P, dirs: X } = y;
    L |= m.patchFlag & 16;
    const j = m.props || dt, Y = y.props || dt;
    let Z;
    if (O && hn(O, !1), (Z = Y.onVnodeBeforeUpdate) && xe(Z, O, y, m), X && un(y, m, O, "beforeUpdate"), O && hn(O, !0), x.NODE_ENV !== "production" && de && (L = 0, $ = !1, P = null), (j.innerHTML && Y.innerHTML == null || j.textContent && Y.textContent == null) && f(F, ""), P ? (z(
      m.dynamicChildren,
      P,
      F,
      O,
      T,
      Po(y, C),
      A
    ), x.NODE_ENV !== "production" && Ds(m, y)) : $ || ft(
      m,
      y,
      F,
      null,
      O,
      T,
      Po(y, C),
      A,
      !1
    ), L > 0) {
      if (L & 16)
        B(F, j, Y, O, C);
      else if (L & 2 && j.class !== Y.class && o(F, "class", null, Y.class, C), L & 4 && o(F, "style", j.style, Y.style, C), L & 8) {
        const rt = y.dynamicProps;
        for (let gt = 0; gt < rt.length; gt++) {
          const ut = rt[gt], Zt = j[ut], Yt = Y[ut];
          (Yt !== Zt || ut === "value") && o(F, ut, Zt, Yt, C, O);
        }
      }
      L & 1 && m.children !== y.children && f(F, y.children);
    } else !$ && P == null && B(F, j, Y, O, C);
    ((Z = Y.onVnodeUpdated) || X) && zt(() => {
      Z && xe(Z, O, y, m), X && un(y, m, O, "updated");
    }, T);
  }, z = (m, y, O, T, C, A, $) => {
    for (let F = 0; F < y.length; F++) {
      const L = m[F], P = y[F], X = (
        // oldVNode may be an errored async setup() component inside Suspense
        // which will not have a mounted element
        L.el && // - In the case of a Fragment, we need to provide the actual parent
        // of the Fragment itself so it can move its children.
        (L.type === ue || // - In the case of different nodes, there is going to be a replacement
        // which also requires the correct parent container
        !us(L, P) || // - In the case of a component, it could contain anything.
        L.shapeFlag & 70) ? u(L.el) : (
          // In other cases, the parent container is not actually used so we
          // just pass the block element here to avoid a DOM parentNode call.
          O
        )
      );
      g(
        L,
        P,
        X,
        null,
        T,
        C,
        A,
        $,
        !0
      );
    }
  }, B = (m, y, O, T, C) => {
    if (y !== O) {
      if (y !== dt)
        for (const A in y)
          !Os(A) && !(A in O) && o(
            m,
            A,
            y[A],
            null,
            C,
            T
          );
      for (const A in O) {
        if (Os(A)) continue;
        const $ = O[A], F = y[A];
        $ !== F && A !== "value" && o(m, A, F, $, C, T);
      }
      "value" in O && o(m, "value", y.value, O.value, C);
    }
  }, et = (m, y, O, T, C, A, $, F, L) => {
    const P = y.el = m ? m.el : a(""), X = y.anchor = m ? m.anchor : a("");
    let { patchFlag: j, dynamicChildren: Y, slotScopeIds: Z } = y;
    x.NODE_ENV !== "production" && // #5523 dev root fragment may inherit directives
    (de || j & 2048) && (j = 0, L = !1, Y = null), Z && (F = F ? F.concat(Z) : Z), m == null ? (s(P, O, T), s(X, O, T), k(
      // #10007
      // such fragment like `<></>` will be compiled into
      // a fragment which doesn't have a children.
      // In this case fallback to an empty array
      y.children || [],
      O,
      X,
      C,
      A,
      $,
      F,
      L
    )) : j > 0 && j & 64 && Y && // #2715 the previous fragment could've been a BAILed one as a result
    // of renderSlot() with no valid children
    m.dynamicChildren ? (z(
      m.dynamicChildren,
      Y,
      O,
      C,
      A,
      $,
      F
    ), x.NODE_ENV !== "production" ? Ds(m, y) : (
      // #2080 if the stable fragment has a key, it's a <template v-for> that may
      //  get moved around. Make sure all root level vnodes inherit el.
      // #2134 or if it's a component root, it may also get moved around
      // as the component is being moved.
      (y.key != null || C && y === C.subTree) && Ds(
        m,
        y,
        !0
        /* shallow */
      )
    )) : ft(
      m,
      y,
      O,
      X,
      C,
      A,
      $,
      F,
      L
    );
  }, yt = (m, y, O, T, C, A, $, F, L) => {
    y.slotScopeIds = F, m == null ? y.shapeFlag & 512 ? C.ctx.activate(
      y,
      O,
      T,
      $,
      L
    ) : Q(
      y,
      O,
      T,
      C,
      A,
      $,
      L
    ) : J(m, y, L);
  }, Q = (m, y, O, T, C, A, $) => {
    const F = m.component = lg(
      m,
      T,
      C
    );
    if (x.NODE_ENV !== "production" && F.type.__hmrId && Id(F), x.NODE_ENV !== "production" && (Oi(m), Vn(F, "mount")), Qr(m) && (F.ctx.renderer = rs), x.NODE_ENV !== "production" && Vn(F, "init"), ug(F, !1, $), x.NODE_ENV !== "production" && In(F, "init"), F.asyncDep) {
      if (x.NODE_ENV !== "production" && de && (m.el = null), C && C.registerDep(F, H, $), !m.el) {
        const L = F.subTree = Ce(se);
        _(null, L, y, O);
      }
    } else
      H(
        F,
        m,
        y,
        O,
        C,
        A,
        $
      );
    x.NODE_ENV !== "production" && (Mi(), In(F, "mount"));
  }, J = (m, y, O) => {
    const T = y.component = m.component;
    if (Zp(m, y, O))
      if (T.asyncDep && !T.asyncResolved) {
        x.NODE_ENV !== "production" && Oi(y), K(T, y, O), x.NODE_ENV !== "production" && Mi();
        return;
      } else
        T.next = y, T.update();
    else
      y.el = m.el, T.vnode = y;
  }, H = (m, y, O, T, C, A, $) => {
    const F = () => {
      if (m.isMounted) {
        let { next: j, bu: Y, u: Z, parent: rt, vnode: gt } = m;
        {
          const _e = iu(m);
          if (_e) {
            j && (j.el = gt.el, K(m, j, $)), _e.asyncDep.then(() => {
              m.isUnmounted || F();
            });
            return;
          }
        }
        let ut = j, Zt;
        x.NODE_ENV !== "production" && Oi(j || m.vnode), hn(m, !1), j ? (j.el = gt.el, K(m, j, $)) : j = gt, Y && ls(Y), (Zt = j.props && j.props.onVnodeBeforeUpdate) && xe(Zt, rt, j, gt), hn(m, !0), x.NODE_ENV !== "production" && Vn(m, "render");
        const Yt = tl(m);
        x.NODE_ENV !== "production" && In(m, "render");
        const be = m.subTree;
        m.subTree = Yt, x.NODE_ENV !== "production" && Vn(m, "patch"), g(
          be,
          Yt,
          // parent may have changed if it's in a teleport
          u(be.el),
          // anchor may have changed if it's in a fragment
          Qs(be),
          m,
          C,
          A
        ), x.NODE_ENV !== "production" && In(m, "patch"), j.el = Yt.el, ut === null && Jp(m, Yt.el), Z && zt(Z, C), (Zt = j.props && j.props.onVnodeUpdated) && zt(
          () => xe(Zt, rt, j, gt),
          C
        ), x.NODE_ENV !== "production" && Vf(m), x.NODE_ENV !== "production" && Mi();
      } else {
        let j;
        const { el: Y, props: Z } = y, { bm: rt, m: gt, parent: ut, root: Zt, type: Yt } = m, be = Ns(y);
        hn(m, !1), rt && ls(rt), !be && (j = Z && Z.onVnodeBeforeMount) && xe(j, ut, y), hn(m, !0);
        {
          Zt.ce && Zt.ce._injectChildStyle(Yt), x.NODE_ENV !== "production" && Vn(m, "render");
          const _e = m.subTree = tl(m);
          x.NODE_ENV !== "production" && In(m, "render"), x.NODE_ENV !== "production" && Vn(m, "patch"), g(
            null,
            _e,
            O,
            T,
            m,
            C,
            A
          ), x.NODE_ENV !== "production" && In(m, "patch"), y.el = _e.el;
        }
        if (gt && zt(gt, C), !be && (j = Z && Z.onVnodeMounted)) {
          const _e = y;
          zt(
            () => xe(j, ut, _e),
            C
          );
        }
        (y.shapeFlag & 256 || ut && Ns(ut.vnode) && ut.vnode.shapeFlag & 256) && m.a && zt(m.a, C), m.isMounted = !0, x.NODE_ENV !== "production" && zd(m), y = O = T = null;
      }
    };
    m.scope.on();
    const L = m.effect = new rf(F);
    m.scope.off();
    const P = m.update = L.run.bind(L), X = m.job = L.runIfDirty.bind(L);
    X.i = m, X.id = m.uid, L.scheduler = () => go(X), hn(m, !0), x.NODE_ENV !== "production" && (L.onTrack = m.rtc ? (j) => ls(m.rtc, j) : void 0, L.onTrigger = m.rtg ? (j) => ls(m.rtg, j) : void 0), P();
  }, K = (m, y, O) => {
    y.component = m;
    const T = m.vnode.props;
    m.vnode = y, m.next = null, Dp(m, y.props, T, O), Fp(m, y.children, O), Ke(), Ba(m), Xe();
  }, ft = (m, y, O, T, C, A, $, F, L = !1) => {
    const P = m && m.children, X = m ? m.shapeFlag : 0, j = y.children, { patchFlag: Y, shapeFlag: Z } = y;
    if (Y > 0) {
      if (Y & 128) {
        ie(
          P,
          j,
          O,
          T,
          C,
          A,
          $,
          F,
          L
        );
        return;
      } else if (Y & 256) {
        ce(
          P,
          j,
          O,
          T,
          C,
          A,
          $,
          F,
          L
        );
        return;
      }
    }
    Z & 8 ? (X & 16 && os(P, C, A), j !== P && f(O, j)) : X & 16 ? Z & 16 ? ie(
      P,
      j,
      O,
      T,
      C,
      A,
      $,
      F,
      L
    ) : os(P, C, A, !0) : (X & 8 && f(O, ""), Z & 16 && k(
      j,
      O,
      T,
      C,
      A,
      $,
      F,
      L
    ));
  }, ce = (m, y, O, T, C, A, $, F, L) => {
    m = m || Wn, y = y || Wn;
    const P = m.length, X = y.length, j = Math.min(P, X);
    let Y;
    for (Y = 0; Y < j; Y++) {
      const Z = y[Y] = L ? Ze(y[Y]) : he(y[Y]);
      g(
        m[Y],
        Z,
        O,
        null,
        C,
        A,
        $,
        F,
        L
      );
    }
    P > X ? os(
      m,
      C,
      A,
      !0,
      !1,
      j
    ) : k(
      y,
      O,
      T,
      C,
      A,
      $,
      F,
      L,
      j
    );
  }, ie = (m, y, O, T, C, A, $, F, L) => {
    let P = 0;
    const X = y.length;
    let j = m.length - 1, Y = X - 1;
    for (; P <= j && P <= Y; ) {
      const Z = m[P], rt = y[P] = L ? Ze(y[P]) : he(y[P]);
      if (us(Z, rt))
        g(
          Z,
          rt,
          O,
          null,
          C,
          A,
          $,
          F,
          L
        );
      else
        break;
      P++;
    }
    for (; P <= j && P <= Y; ) {
      const Z = m[j], rt = y[Y] = L ? Ze(y[Y]) : he(y[Y]);
      if (us(Z, rt))
        g(
          Z,
          rt,
          O,
          null,
          C,
          A,
          $,
          F,
          L
        );
      else
        break;
      j--, Y--;
    }
    if (P > j) {
      if (P <= Y) {
        const Z = Y + 1, rt = Z < X ? y[Z].el : T;
        for (; P <= Y; )
          g(
            null,
            y[P] = L ? Ze(y[P]) : he(y[P]),
            O,
            rt,
            C,
            A,
            $,
            F,
            L
          ), P++;
      }
    } else if (P > Y)
      for (; P <= j; )
        At(m[P], C, A, !0), P++;
    else {
      const Z = P, rt = P, gt = /* @__PURE__ */ new Map();
      for (P = rt; P <= Y; P++) {
        const Ft = y[P] = L ? Ze(y[P]) : he(y[P]);
        Ft.key != null && (x.NODE_ENV !== "production" && gt.has(Ft.key) && I(
          "Duplicate keys found during update:",
          JSON.stringify(Ft.key),
          "Make sure keys are unique."
        ), gt.set(Ft.key, P));
      }
      let ut, Zt = 0;
      const Yt = Y - rt + 1;
      let be = !1, _e = 0;
      const as = new Array(Yt);
      for (P = 0; P < Yt; P++) as[P] = 0;
      for (P = Z; P <= j; P++) {
        const Ft = m[P];
        if (Zt >= Yt) {
          At(Ft, C, A, !0);
          continue;
        }
        let ye;
        if (Ft.key != null)
          ye = gt.get(Ft.key);
        else
          for (ut = rt; ut <= Y; ut++)
            if (as[ut - rt] === 0 && us(Ft, y[ut])) {
              ye = ut;
              break;
            }
        ye === void 0 ? At(Ft, C, A, !0) : (as[ye - rt] = P + 1, ye >= _e ? _e = ye : be = !0, g(
          Ft,
          y[ye],
          O,
          null,
          C,
          A,
          $,
          F,
          L
        ), Zt++);
      }
      const Ra = be ? Hp(as) : Wn;
      for (ut = Ra.length - 1, P = Yt - 1; P >= 0; P--) {
        const Ft = rt + P, ye = y[Ft], Va = Ft + 1 < X ? y[Ft + 1].el : T;
        as[P] === 0 ? g(
          null,
          ye,
          O,
          Va,
          C,
          A,
          $,
          F,
          L
        ) : be && (ut < 0 || P !== Ra[ut] ? Lt(ye, O, Va, 2) : ut--);
      }
    }
  }, Lt = (m, y, O, T, C = null) => {
    const { el: A, type: $, transition: F, children: L, shapeFlag: P } = m;
    if (P & 6) {
      Lt(m.component.subTree, y, O, T);
      return;
    }
    if (P & 128) {
      m.suspense.move(y, O, T);
      return;
    }
    if (P & 64) {
      $.move(m, y, O, rs);
      return;
    }
    if ($ === ue) {
      s(A, y, O);
      for (let j = 0; j < L.length; j++)
        Lt(L[j], y, O, T);
      s(m.anchor, y, O);
      return;
    }
    if ($ === ki) {
      D(m, y, O);
      return;
    }
    if (T !== 2 && P & 1 && F)
      if (T === 0)
        F.beforeEnter(A), s(A, y, O), zt(() => F.enter(A), C);
      else {
        const { leave: j, delayLeave: Y, afterLeave: Z } = F, rt = () => s(A, y, O), gt = () => {
          j(A, () => {
            rt(), Z && Z();
          });
        };
        Y ? Y(A, rt, gt) : gt();
      }
    else
      s(A, y, O);
  }, At = (m, y, O, T = !1, C = !1) => {
    const {
      type: A,
      props: $,
      ref: F,
      children: L,
      dynamicChildren: P,
      shapeFlag: X,
      patchFlag: j,
      dirs: Y,
      cacheIndex: Z
    } = m;
    if (j === -2 && (C = !1), F != null && Hi(F, null, O, m, !0), Z != null && (y.renderCache[Z] = void 0), X & 256) {
      y.ctx.deactivate(m);
      return;
    }
    const rt = X & 1 && Y, gt = !Ns(m);
    let ut;
    if (gt && (ut = $ && $.onVnodeBeforeUnmount) && xe(ut, y, m), X & 6)
      Re(m.component, O, T);
    else {
      if (X & 128) {
        m.suspense.unmount(O, T);
        return;
      }
      rt && un(m, null, y, "beforeUnmount"), X & 64 ? m.type.remove(
        m,
        y,
        O,
        rs,
        T
      ) : P && // #5154
      // when v-once is used inside a block, setBlockTracking(-1) marks the
      // parent block with hasOnce: true
      // so that it doesn't take the fast path during unmount - otherwise
      // components nested in v-once are never unmounted.
      !P.hasOnce && // #1153: fast path should not be taken for non-stable (v-for) fragments
      (A !== ue || j > 0 && j & 64) ? os(
        P,
        y,
        O,
        !1,
        !0
      ) : (A === ue && j & 384 || !C && X & 16) && os(L, y, O), T && fe(m);
    }
    (gt && (ut = $ && $.onVnodeUnmounted) || rt) && zt(() => {
      ut && xe(ut, y, m), rt && un(m, null, y, "unmounted");
    }, O);
  }, fe = (m) => {
    const { type: y, el: O, anchor: T, transition: C } = m;
    if (y === ue) {
      x.NODE_ENV !== "production" && m.patchFlag > 0 && m.patchFlag & 2048 && C && !C.persisted ? m.children.forEach(($) => {
        $.type === se ? i($.el) : fe($);
      }) : fn(O, T);
      return;
    }
    if (y === ki) {
      w(m);
      return;
    }
    const A = () => {
      i(O), C && !C.persisted && C.afterLeave && C.afterLeave();
    };
    if (m.shapeFlag & 1 && C && !C.persisted) {
      const { leave: $, delayLeave: F } = C, L = () => $(O, A);
      F ? F(m.el, A, L) : L();
    } else
      A();
  }, fn = (m, y) => {
    let O;
    for (; m !== y; )
      O = h(m), i(m), m = O;
    i(y);
  }, Re = (m, y, O) => {
    x.NODE_ENV !== "production" && m.type.__hmrId && Ld(m);
    const { bum: T, scope: C, job: A, subTree: $, um: F, m: L, a: P } = m;
    Qa(L), Qa(P), T && ls(T), C.stop(), A && (A.flags |= 8, At($, m, y, O)), F && zt(F, y), zt(() => {
      m.isUnmounted = !0;
    }, y), y && y.pendingBranch && !y.isUnmounted && m.asyncDep && !m.asyncResolved && m.suspenseId === y.pendingId && (y.deps--, y.deps === 0 && y.resolve()), x.NODE_ENV !== "production" && Wd(m);
  }, os = (m, y, O, T = !1, C = !1, A = 0) => {
    for (let $ = A; $ < m.length; $++)
      At(m[$], y, O, T, C);
  }, Qs = (m) => {
    if (m.shapeFlag & 6)
      return Qs(m.component.subTree);
    if (m.shapeFlag & 128)
      return m.suspense.next();
    const y = h(m.anchor || m.el), O = y && y[$f];
    return O ? h(O) : y;
  };
  let Mo = !1;
  const Pa = (m, y, O) => {
    m == null ? y._vnode && At(y._vnode, null, null, !0) : g(
      y._vnode || null,
      m,
      y,
      null,
      null,
      null,
      O
    ), y._vnode = m, Mo || (Mo = !0, Ba(), Af(), Mo = !1);
  }, rs = {
    p: g,
    um: At,
    m: Lt,
    r: fe,
    mt: Q,
    mc: k,
    pc: ft,
    pbc: z,
    n: Qs,
    o: e
  };
  return {
    render: Pa,
    hydrate: void 0,
    createApp: Op(Pa)
  };
}
function Po({ type: e, props: t }, n) {
  return n === "svg" && e === "foreignObject" || n === "mathml" && e === "annotation-xml" && t && t.encoding && t.encoding.includes("html") ? void 0 : n;
}
function hn({ effect: e, job: t }, n) {
  n ? (e.flags |= 32, t.flags |= 4) : (e.flags &= -33, t.flags &= -5);
}
function zp(e, t) {
  return (!e || e && !e.pendingBranch) && t && !t.persisted;
}
function Ds(e, t, n = !1) {
  const s = e.children, i = t.children;
  if (U(s) && U(i))
    for (let o = 0; o < s.length; o++) {
      const r = s[o];
      let a = i[o];
      a.shapeFlag & 1 && !a.dynamicChildren && ((a.patchFlag <= 0 || a.patchFlag === 32) && (a = i[o] = Ze(i[o]), a.el = r.el), !n && a.patchFlag !== -2 && Ds(r, a)), a.type === Gs && (a.el = r.el), x.NODE_ENV !== "production" && a.type === se && !a.el && (a.el = r.el);
    }
}
function Hp(e) {
  const t = e.slice(), n = [0];
  let s, i, o, r, a;
  const l = e.length;
  for (s = 0; s < l; s++) {
    const c = e[s];
    if (c !== 0) {
      if (i = n[n.length - 1], e[i] < c) {
        t[s] = i, n.push(s);
        continue;
      }
      for (o = 0, r = n.length - 1; o < r; )
        a = o + r >> 1, e[n[a]] < c ? o = a + 1 : r = a;
      c < e[n[o]] && (o > 0 && (t[s] = n[o - 1]), n[o] = s);
    }
  }
  for (o = n.length, r = n[o - 1]; o-- > 0; )
    n[o] = r, r = t[r];
  return n;
}
function iu(e) {
  const t = e.subTree.component;
  if (t)
    return t.asyncDep && !t.asyncResolved ? t : iu(t);
}
function Qa(e) {
  if (e)
    for (let t = 0; t < e.length; t++)
      e[t].flags |= 8;
}
const Wp = Symbol.for("v-scx"), Yp = () => {
  {
    const e = Di(Wp);
    return e || x.NODE_ENV !== "production" && I(
      "Server rendering context not provided. Make sure to only call useSSRContext() conditionally in the server build."
    ), e;
  }
};
function Ro(e, t, n) {
  return x.NODE_ENV !== "production" && !q(t) && I(
    "`watch(fn, options?)` signature has been moved to a separate API. Use `watchEffect(fn, options?)` instead. `watch` now only supports `watch(source, cb, options?) signature."
  ), ou(e, t, n);
}
function ou(e, t, n = dt) {
  const { immediate: s, deep: i, flush: o, once: r } = n;
  x.NODE_ENV !== "production" && !t && (s !== void 0 && I(
    'watch() "immediate" option is only respected when using the watch(source, callback, options?) signature.'
  ), i !== void 0 && I(
    'watch() "deep" option is only respected when using the watch(source, callback, options?) signature.'
  ), r !== void 0 && I(
    'watch() "once" option is only respected when using the watch(source, callback, options?) signature.'
  ));
  const a = _t({}, n);
  x.NODE_ENV !== "production" && (a.onWarn = I);
  const l = t && s || !t && o !== "post";
  let c;
  if ($s) {
    if (o === "sync") {
      const d = Yp();
      c = d.__watcherHandles || (d.__watcherHandles = []);
    } else if (!l) {
      const d = () => {
      };
      return d.stop = Dt, d.resume = Dt, d.pause = Dt, d;
    }
  }
  const f = Tt;
  a.call = (d, p, g) => Pe(d, f, p, g);
  let u = !1;
  o === "post" ? a.scheduler = (d) => {
    zt(d, f && f.suspense);
  } : o !== "sync" && (u = !0, a.scheduler = (d, p) => {
    p ? d() : go(d);
  }), a.augmentJob = (d) => {
    t && (d.flags |= 4), u && (d.flags |= 2, f && (d.id = f.uid, d.i = f));
  };
  const h = Dd(e, t, a);
  return $s && (c ? c.push(h) : l && h()), h;
}
function Up(e, t, n) {
  const s = this.proxy, i = bt(e) ? e.includes(".") ? ru(s, e) : () => s[e] : e.bind(s, s);
  let o;
  q(t) ? o = t : (o = t.handler, n = t);
  const r = Zs(this), a = ou(i, o.bind(s), n);
  return r(), a;
}
function ru(e, t) {
  const n = t.split(".");
  return () => {
    let s = e;
    for (let i = 0; i < n.length && s; i++)
      s = s[n[i]];
    return s;
  };
}
const Kp = (e, t) => t === "modelValue" || t === "model-value" ? e.modelModifiers : e[`${t}Modifiers`] || e[`${qt(t)}Modifiers`] || e[`${Qt(t)}Modifiers`];
function Xp(e, t, ...n) {
  if (e.isUnmounted) return;
  const s = e.vnode.props || dt;
  if (x.NODE_ENV !== "production") {
    const {
      emitsOptions: f,
      propsOptions: [u]
    } = e;
    if (f)
      if (!(t in f))
        (!u || !(mn(qt(t)) in u)) && I(
          `Component emitted event "${t}" but it is neither declared in the emits option nor as an "${mn(qt(t))}" prop.`
        );
      else {
        const h = f[t];
        q(h) && (h(...n) || I(
          `Invalid event arguments: event validation failed for event "${t}".`
        ));
      }
  }
  let i = n;
  const o = t.startsWith("update:"), r = o && Kp(s, t.slice(7));
  if (r && (r.trim && (i = n.map((f) => bt(f) ? f.trim() : f)), r.number && (i = n.map(Hh))), x.NODE_ENV !== "production" && Kd(e, t, i), x.NODE_ENV !== "production") {
    const f = t.toLowerCase();
    f !== t && s[mn(f)] && I(
      `Event "${f}" is emitted in component ${yo(
        e,
        e.type
      )} but the handler is registered for "${t}". Note that HTML attributes are case-insensitive and you cannot use v-on to listen to camelCase events when using in-DOM templates. You should probably use "${Qt(
        t
      )}" instead of "${t}".`
    );
  }
  let a, l = s[a = mn(t)] || // also try camelCase event handler (#2249)
  s[a = mn(qt(t))];
  !l && o && (l = s[a = mn(Qt(t))]), l && Pe(
    l,
    e,
    6,
    i
  );
  const c = s[a + "Once"];
  if (c) {
    if (!e.emitted)
      e.emitted = {};
    else if (e.emitted[a])
      return;
    e.emitted[a] = !0, Pe(
      c,
      e,
      6,
      i
    );
  }
}
function au(e, t, n = !1) {
  const s = t.emitsCache, i = s.get(e);
  if (i !== void 0)
    return i;
  const o = e.emits;
  let r = {}, a = !1;
  if (!q(e)) {
    const l = (c) => {
      const f = au(c, t, !0);
      f && (a = !0, _t(r, f));
    };
    !n && t.mixins.length && t.mixins.forEach(l), e.extends && l(e.extends), e.mixins && e.mixins.forEach(l);
  }
  return !o && !a ? (pt(e) && s.set(e, null), null) : (U(o) ? o.forEach((l) => r[l] = null) : _t(r, o), pt(e) && s.set(e, r), r);
}
function bo(e, t) {
  return !e || !Us(t) ? !1 : (t = t.slice(2).replace(/Once$/, ""), at(e, t[0].toLowerCase() + t.slice(1)) || at(e, Qt(t)) || at(e, t));
}
let _r = !1;
function Ui() {
  _r = !0;
}
function tl(e) {
  const {
    type: t,
    vnode: n,
    proxy: s,
    withProxy: i,
    propsOptions: [o],
    slots: r,
    attrs: a,
    emit: l,
    render: c,
    renderCache: f,
    props: u,
    data: h,
    setupState: d,
    ctx: p,
    inheritAttrs: g
  } = e, b = zi(e);
  let _, E;
  x.NODE_ENV !== "production" && (_r = !1);
  try {
    if (n.shapeFlag & 4) {
      const w = i || s, N = x.NODE_ENV !== "production" && d.__isScriptSetup ? new Proxy(w, {
        get(v, S, k) {
          return I(
            `Property '${String(
              S
            )}' was accessed via 'this'. Avoid using 'this' in templates.`
          ), Reflect.get(v, S, k);
        }
      }) : w;
      _ = he(
        c.call(
          N,
          w,
          f,
          x.NODE_ENV !== "production" ? De(u) : u,
          d,
          h,
          p
        )
      ), E = a;
    } else {
      const w = t;
      x.NODE_ENV !== "production" && a === u && Ui(), _ = he(
        w.length > 1 ? w(
          x.NODE_ENV !== "production" ? De(u) : u,
          x.NODE_ENV !== "production" ? {
            get attrs() {
              return Ui(), De(a);
            },
            slots: r,
            emit: l
          } : { attrs: a, slots: r, emit: l }
        ) : w(
          x.NODE_ENV !== "production" ? De(u) : u,
          null
        )
      ), E = t.props ? a : qp(a);
    }
  } catch (w) {
    ks.length = 0, Xs(w, e, 1), _ = Ce(se);
  }
  let M = _, D;
  if (x.NODE_ENV !== "production" && _.patchFlag > 0 && _.patchFlag & 2048 && ([M, D] = lu(_)), E && g !== !1) {
    const w = Object.keys(E), { shapeFlag: N } = M;
    if (w.length) {
      if (N & 7)
        o && w.some(Ii) && (E = Gp(
          E,
          o
        )), M = sn(M, E, !1, !0);
      else if (x.NODE_ENV !== "production" && !_r && M.type !== se) {
        const v = Object.keys(a), S = [], k = [];
        for (let V = 0, z = v.length; V < z; V++) {
          const B = v[V];
          Us(B) ? Ii(B) || S.push(B[2].toLowerCase() + B.slice(3)) : k.push(B);
        }
        k.length && I(
          `Extraneous non-props attributes (${k.join(", ")}) were passed to component but could not be automatically inherited because component renders fragment or text or teleport root nodes.`
        ), S.length && I(
          `Extraneous non-emits event listeners (${S.join(", ")}) were passed to component but could not be automatically inherited because component renders fragment or text root nodes. If the listener is intended to be a component custom event listener only, declare it using the "emits" option.`
        );
      }
    }
  }
  return n.dirs && (x.NODE_ENV !== "production" && !el(M) && I(
    "Runtime directive used on component with non-element root node. The directives will not function as intended."
  ), M = sn(M, null, !1, !0), M.dirs = M.dirs ? M.dirs.concat(n.dirs) : n.dirs), n.transition && (x.NODE_ENV !== "production" && !el(M) && I(
    "Component inside <Transition> renders non-element root node that cannot be animated."
  ), Jr(M, n.transition)), x.NODE_ENV !== "production" && D ? D(M) : _ = M, zi(b), _;
}
const lu = (e) => {
  const t = e.children, n = e.dynamicChildren, s = na(t, !1);
  if (s) {
    if (x.NODE_ENV !== "production" && s.patchFlag > 0 && s.patchFlag & 2048)
      return lu(s);
  } else return [e, void 0];
  const i = t.indexOf(s), o = n ? n.indexOf(s) : -1, r = (a) => {
    t[i] = a, n && (o > -1 ? n[o] = a : a.patchFlag > 0 && (e.dynamicChildren = [...n, a]));
  };
  return [he(s), r];
};
function na(e, t = !0) {
  let n;
  for (let s = 0; s < e.length; s++) {
    const i = e[s];
    if (_o(i)) {
      if (i.type !== se || i.children === "v-if") {
        if (n)
          return;
        if (n = i, x.NODE_ENV !== "production" && t && n.patchFlag > 0 && n.patchFlag & 2048)
          return na(n.children);
      }
    } else
      return;
  }
  return n;
}
const qp = (e) => {
  let t;
  for (const n in e)
    (n === "class" || n === "style" || Us(n)) && ((t || (t = {}))[n] = e[n]);
  return t;
}, Gp = (e, t) => {
  const n = {};
  for (const s in e)
    (!Ii(s) || !(s.slice(9) in t)) && (n[s] = e[s]);
  return n;
}, el = (e) => e.shapeFlag & 7 || e.type === se;
function Zp(e, t, n) {
  const { props: s, children: i, component: o } = e, { props: r, children: a, patchFlag: l } = t, c = o.emitsOptions;
  if (x.NODE_ENV !== "production" && (i || a) && de || t.dirs || t.transition)
    return !0;
  if (n && l >= 0) {
    if (l & 1024)
      return !0;
    if (l & 16)
      return s ? nl(s, r, c) : !!r;
    if (l & 8) {
      const f = t.dynamicProps;
      for (let u = 0; u < f.length; u++) {
        const h = f[u];
        if (r[h] !== s[h] && !bo(c, h))
          return !0;
      }
    }
  } else
    return (i || a) && (!a || !a.$stable) ? !0 : s === r ? !1 : s ? r ? nl(s, r, c) : !0 : !!r;
  return !1;
}
function nl(e, t, n) {
  const s = Object.keys(t);
  if (s.length !== Object.keys(e).length)
    return !0;
  for (let i = 0; i < s.length; i++) {
    const o = s[i];
    if (t[o] !== e[o] && !bo(n, o))
      return !0;
  }
  return !1;
}
function Jp({ vnode: e, parent: t }, n) {
  for (; t; ) {
    const s = t.subTree;
    if (s.suspense && s.suspense.activeBranch === e && (s.el = e.el), s === e)
      (e = t.vnode).el = n, t = t.parent;
    else
      break;
  }
}
const cu = (e) => e.__isSuspense;
function Qp(e, t) {
  t && t.pendingBranch ? U(e) ? t.effects.push(...e) : t.effects.push(e) : Cf(e);
}
const ue = Symbol.for("v-fgt"), Gs = Symbol.for("v-txt"), se = Symbol.for("v-cmt"), ki = Symbol.for("v-stc"), ks = [];
let ee = null;
function ys(e = !1) {
  ks.push(ee = e ? null : []);
}
function tg() {
  ks.pop(), ee = ks[ks.length - 1] || null;
}
let Fs = 1;
function sl(e, t = !1) {
  Fs += e, e < 0 && ee && t && (ee.hasOnce = !0);
}
function fu(e) {
  return e.dynamicChildren = Fs > 0 ? ee || Wn : null, tg(), Fs > 0 && ee && ee.push(e), e;
}
function Vo(e, t, n, s, i, o) {
  return fu(
    Bt(
      e,
      t,
      n,
      s,
      i,
      o,
      !0
    )
  );
}
function uu(e, t, n, s, i) {
  return fu(
    Ce(
      e,
      t,
      n,
      s,
      i,
      !0
    )
  );
}
function _o(e) {
  return e ? e.__v_isVNode === !0 : !1;
}
function us(e, t) {
  if (x.NODE_ENV !== "production" && t.shapeFlag & 6 && e.component) {
    const n = Si.get(t.type);
    if (n && n.has(e.component))
      return e.shapeFlag &= -257, t.shapeFlag &= -513, !1;
  }
  return e.type === t.type && e.key === t.key;
}
const eg = (...e) => du(
  ...e
), hu = ({ key: e }) => e ?? null, Ci = ({
  ref: e,
  ref_key: t,
  ref_for: n
}) => (typeof e == "number" && (e = "" + e), e != null ? bt(e) || Ct(e) || q(e) ? { i: te, r: e, k: t, f: !!n } : e : null);
function Bt(e, t = null, n = null, s = 0, i = null, o = e === ue ? 0 : 1, r = !1, a = !1) {
  const l = {
    __v_isVNode: !0,
    __v_skip: !0,
    type: e,
    props: t,
    key: t && hu(t),
    ref: t && Ci(t),
    scopeId: Lf,
    slotScopeIds: null,
    children: n,
    component: null,
    suspense: null,
    ssContent: null,
    ssFallback: null,
    dirs: null,
    transition: null,
    el: null,
    anchor: null,
    target: null,
    targetStart: null,
    targetAnchor: null,
    staticCount: 0,
    shapeFlag: o,
    patchFlag: s,
    dynamicProps: i,
    dynamicChildren: null,
    appContext: null,
    ctx: te
  };
  return a ? (sa(l, n), o & 128 && e.normalize(l)) : n && (l.shapeFlag |= bt(n) ? 8 : 16), x.NODE_ENV !== "production" && l.key !== l.key && I("VNode created with invalid key (NaN). VNode type:", l.type), Fs > 0 && // avoid a block node from tracking itself
  !r && // has current parent block
  ee && // presence of a patch flag indicates this node needs patching on updates.
  // component nodes also should always be patched, because even if the
  // component doesn't need to update, it needs to persist the instance on to
  // the next vnode so that it can be properly unmounted later.
  (l.patchFlag > 0 || o & 6) && // the EVENTS flag is only for hydration and if it is the only flag, the
  // vnode should not be considered dynamic due to handler caching.
  l.patchFlag !== 32 && ee.push(l), l;
}
const Ce = x.NODE_ENV !== "production" ? eg : du;
function du(e, t = null, n = null, s = 0, i = null, o = !1) {
  if ((!e || e === hp) && (x.NODE_ENV !== "production" && !e && I(`Invalid vnode type when creating vnode: ${e}.`), e = se), _o(e)) {
    const a = sn(
      e,
      t,
      !0
      /* mergeRef: true */
    );
    return n && sa(a, n), Fs > 0 && !o && ee && (a.shapeFlag & 6 ? ee[ee.indexOf(e)] = a : ee.push(a)), a.patchFlag = -2, a;
  }
  if (_u(e) && (e = e.__vccOpts), t) {
    t = ng(t);
    let { class: a, style: l } = t;
    a && !bt(a) && (t.class = Wr(a)), pt(l) && (Fi(l) && !U(l) && (l = _t({}, l)), t.style = fo(l));
  }
  const r = bt(e) ? 1 : cu(e) ? 128 : qd(e) ? 64 : pt(e) ? 4 : q(e) ? 2 : 0;
  return x.NODE_ENV !== "production" && r & 4 && Fi(e) && (e = st(e), I(
    "Vue received a Component that was made a reactive object. This can lead to unnecessary performance overhead and should be avoided by marking the component with `markRaw` or using `shallowRef` instead of `ref`.",
    `
Component that was made reactive: `,
    e
  )), Bt(
    e,
    t,
    n,
    s,
    i,
    r,
    o,
    !0
  );
}
function ng(e) {
  return e ? Fi(e) || Zf(e) ? _t({}, e) : e : null;
}
function sn(e, t, n = !1, s = !1) {
  const { props: i, ref: o, patchFlag: r, children: a, transition: l } = e, c = t ? og(i || {}, t) : i, f = {
    __v_isVNode: !0,
    __v_skip: !0,
    type: e.type,
    props: c,
    key: c && hu(c),
    ref: t && t.ref ? (
      // #2078 in the case of <component :is="vnode" ref="extra"/>
      // if the vnode itself already has a ref, cloneVNode will need to merge
      // the refs so the single vnode can be set on multiple refs
      n && o ? U(o) ? o.concat(Ci(t)) : [o, Ci(t)] : Ci(t)
    ) : o,
    scopeId: e.scopeId,
    slotScopeIds: e.slotScopeIds,
    children: x.NODE_ENV !== "production" && r === -1 && U(a) ? a.map(pu) : a,
    target: e.target,
    targetStart: e.targetStart,
    targetAnchor: e.targetAnchor,
    staticCount: e.staticCount,
    shapeFlag: e.shapeFlag,
    // if the vnode is cloned with extra props, we can no longer assume its
    // existing patch flag to be reliable and need to add the FULL_PROPS flag.
    // note: preserve flag for fragments since they use the flag for children
    // fast paths only.
    patchFlag: t && e.type !== ue ? r === -1 ? 16 : r | 16 : r,
    dynamicProps: e.dynamicProps,
    dynamicChildren: e.dynamicChildren,
    appContext: e.appContext,
    dirs: e.dirs,
    transition: l,
    // These should technically only be non-null on mounted VNodes. However,
    // they *should* be copied for kept-alive vnodes. So we just always copy
    // them since them being non-null during a mount doesn't affect the logic as
    // they will simply be overwritten.
    component: e.component,
    suspense: e.suspense,
    ssContent: e.ssContent && sn(e.ssContent),
    ssFallback: e.ssFallback && sn(e.ssFallback),
    el: e.el,
    anchor: e.anchor,
    ctx: e.ctx,
    ce: e.ce
  };
  return l && s && Jr(
    f,
    l.clone(f)
  ), f;
}
function pu(e) {
  const t = sn(e);
  return U(e.children) && (t.children = e.children.map(pu)), t;
}
function sg(e = " ", t = 0) {
  return Ce(Gs, null, e, t);
}
function ig(e = "", t = !1) {
  return t ? (ys(), uu(se, null, e)) : Ce(se, null, e);
}
function he(e) {
  return e == null || typeof e == "boolean" ? Ce(se) : U(e) ? Ce(
    ue,
    null,
    // #3666, avoid reference pollution when reusing vnode
    e.slice()
  ) : _o(e) ? Ze(e) : Ce(Gs, null, String(e));
}
function Ze(e) {
  return e.el === null && e.patchFlag !== -1 || e.memo ? e : sn(e);
}
function sa(e, t) {
  let n = 0;
  const { shapeFlag: s } = e;
  if (t == null)
    t = null;
  else if (U(t))
    n = 16;
  else if (typeof t == "object")
    if (s & 65) {
      const i = t.default;
      i && (i._c && (i._d = !1), sa(e, i()), i._c && (i._d = !0));
      return;
    } else {
      n = 32;
      const i = t._;
      !i && !Zf(t) ? t._ctx = te : i === 3 && te && (te.slots._ === 1 ? t._ = 1 : (t._ = 2, e.patchFlag |= 1024));
    }
  else q(t) ? (t = { default: t, _ctx: te }, n = 32) : (t = String(t), s & 64 ? (n = 16, t = [sg(t)]) : n = 8);
  e.children = t, e.shapeFlag |= n;
}
function og(...e) {
  const t = {};
  for (let n = 0; n < e.length; n++) {
    const s = e[n];
    for (const i in s)
      if (i === "class")
        t.class !== s.class && (t.class = Wr([t.class, s.class]));
      else if (i === "style")
        t.style = fo([t.style, s.style]);
      else if (Us(i)) {
        const o = t[i], r = s[i];
        r && o !== r && !(U(o) && o.includes(r)) && (t[i] = o ? [].concat(o, r) : r);
      } else i !== "" && (t[i] = s[i]);
  }
  return t;
}
function xe(e, t, n, s = null) {
  Pe(e, t, 7, [
    n,
    s
  ]);
}
const rg = Xf();
let ag = 0;
function lg(e, t, n) {
  const s = e.type, i = (t ? t.appContext : e.appContext) || rg, o = {
    uid: ag++,
    vnode: e,
    type: s,
    parent: t,
    appContext: i,
    root: null,
    // to be immediately set
    next: null,
    subTree: null,
    // will be set synchronously right after creation
    effect: null,
    update: null,
    // will be set synchronously right after creation
    job: null,
    scope: new nd(
      !0
      /* detached */
    ),
    render: null,
    proxy: null,
    exposed: null,
    exposeProxy: null,
    withProxy: null,
    provides: t ? t.provides : Object.create(i.provides),
    ids: t ? t.ids : ["", 0, 0],
    accessCache: null,
    renderCache: [],
    // local resolved assets
    components: null,
    directives: null,
    // resolved props and emits options
    propsOptions: Qf(s, i),
    emitsOptions: au(s, i),
    // emit
    emit: null,
    // to be set immediately
    emitted: null,
    // props default value
    propsDefaults: dt,
    // inheritAttrs
    inheritAttrs: s.inheritAttrs,
    // state
    ctx: dt,
    data: dt,
    props: dt,
    attrs: dt,
    slots: dt,
    refs: dt,
    setupState: dt,
    setupContext: null,
    // suspense related
    suspense: n,
    suspenseId: n ? n.pendingId : 0,
    asyncDep: null,
    asyncResolved: !1,
    // lifecycle hooks
    // not using enums here because it results in computed properties
    isMounted: !1,
    isUnmounted: !1,
    isDeactivated: !1,
    bc: null,
    c: null,
    bm: null,
    m: null,
    bu: null,
    u: null,
    um: null,
    bum: null,
    da: null,
    a: null,
    rtg: null,
    rtc: null,
    ec: null,
    sp: null
  };
  return x.NODE_ENV !== "production" ? o.ctx = pp(o) : o.ctx = { _: o }, o.root = t ? t.root : o, o.emit = Xp.bind(null, o), e.ce && e.ce(o), o;
}
let Tt = null;
const cg = () => Tt || te;
let Ki, yr;
{
  const e = Ks(), t = (n, s) => {
    let i;
    return (i = e[n]) || (i = e[n] = []), i.push(s), (o) => {
      i.length > 1 ? i.forEach((r) => r(o)) : i[0](o);
    };
  };
  Ki = t(
    "__VUE_INSTANCE_SETTERS__",
    (n) => Tt = n
  ), yr = t(
    "__VUE_SSR_SETTERS__",
    (n) => $s = n
  );
}
const Zs = (e) => {
  const t = Tt;
  return Ki(e), e.scope.on(), () => {
    e.scope.off(), Ki(t);
  };
}, il = () => {
  Tt && Tt.scope.off(), Ki(null);
}, fg = /* @__PURE__ */ Ue("slot,component");
function xr(e, { isNativeTag: t }) {
  (fg(e) || t(e)) && I(
    "Do not use built-in or reserved HTML elements as component id: " + e
  );
}
function gu(e) {
  return e.vnode.shapeFlag & 4;
}
let $s = !1;
function ug(e, t = !1, n = !1) {
  t && yr(t);
  const { props: s, children: i } = e.vnode, o = gu(e);
  Sp(e, s, o, t), Lp(e, i, n);
  const r = o ? hg(e, t) : void 0;
  return t && yr(!1), r;
}
function hg(e, t) {
  var n;
  const s = e.type;
  if (x.NODE_ENV !== "production") {
    if (s.name && xr(s.name, e.appContext.config), s.components) {
      const o = Object.keys(s.components);
      for (let r = 0; r < o.length; r++)
        xr(o[r], e.appContext.config);
    }
    if (s.directives) {
      const o = Object.keys(s.directives);
      for (let r = 0; r < o.length; r++)
        Ff(o[r]);
    }
    s.compilerOptions && dg() && I(
      '"compilerOptions" is only supported when using a build of Vue that includes the runtime compiler. Since you are using a runtime-only build, the options should be passed via your build tool config instead.'
    );
  }
  e.accessCache = /* @__PURE__ */ Object.create(null), e.proxy = new Proxy(e.ctx, Yf), x.NODE_ENV !== "production" && gp(e);
  const { setup: i } = s;
  if (i) {
    Ke();
    const o = e.setupContext = i.length > 1 ? gg(e) : null, r = Zs(e), a = Jn(
      i,
      e,
      0,
      [
        x.NODE_ENV !== "production" ? De(e.props) : e.props,
        o
      ]
    ), l = Br(a);
    if (Xe(), r(), (l || e.sp) && !Ns(e) && zf(e), l) {
      if (a.then(il, il), t)
        return a.then((c) => {
          ol(e, c, t);
        }).catch((c) => {
          Xs(c, e, 0);
        });
      if (e.asyncDep = a, x.NODE_ENV !== "production" && !e.suspense) {
        const c = (n = s.name) != null ? n : "Anonymous";
        I(
          `Component <${c}>: setup function returned a promise, but no <Suspense> boundary was found in the parent component tree. A component with async setup() must be nested in a <Suspense> in order to be rendered.`
        );
      }
    } else
      ol(e, a, t);
  } else
    mu(e, t);
}
function ol(e, t, n) {
  q(t) ? e.type.__ssrInlineRender ? e.ssrRender = t : e.render = t : pt(t) ? (x.NODE_ENV !== "production" && _o(t) && I(
    "setup() should not return VNodes directly - return a render function instead."
  ), x.NODE_ENV !== "production" && (e.devtoolsRawSetupState = t), e.setupState = Mf(t), x.NODE_ENV !== "production" && mp(e)) : x.NODE_ENV !== "production" && t !== void 0 && I(
    `setup() should return an object. Received: ${t === null ? "null" : typeof t}`
  ), mu(e, n);
}
const dg = () => !0;
function mu(e, t, n) {
  const s = e.type;
  e.render || (e.render = s.render || Dt);
  {
    const i = Zs(e);
    Ke();
    try {
      _p(e);
    } finally {
      Xe(), i();
    }
  }
  x.NODE_ENV !== "production" && !s.render && e.render === Dt && !t && (s.template ? I(
    'Component provided template option but runtime compilation is not supported in this build of Vue. Configure your bundler to alias "vue" to "vue/dist/vue.esm-bundler.js".'
  ) : I("Component is missing template or render function: ", s));
}
const rl = x.NODE_ENV !== "production" ? {
  get(e, t) {
    return Ui(), Nt(e, "get", ""), e[t];
  },
  set() {
    return I("setupContext.attrs is readonly."), !1;
  },
  deleteProperty() {
    return I("setupContext.attrs is readonly."), !1;
  }
} : {
  get(e, t) {
    return Nt(e, "get", ""), e[t];
  }
};
function pg(e) {
  return new Proxy(e.slots, {
    get(t, n) {
      return Nt(e, "get", "$slots"), t[n];
    }
  });
}
function gg(e) {
  const t = (n) => {
    if (x.NODE_ENV !== "production" && (e.exposed && I("expose() should be called only once per setup()."), n != null)) {
      let s = typeof n;
      s === "object" && (U(n) ? s = "array" : Ct(n) && (s = "ref")), s !== "object" && I(
        `expose() should be passed a plain object, received ${s}.`
      );
    }
    e.exposed = n || {};
  };
  if (x.NODE_ENV !== "production") {
    let n, s;
    return Object.freeze({
      get attrs() {
        return n || (n = new Proxy(e.attrs, rl));
      },
      get slots() {
        return s || (s = pg(e));
      },
      get emit() {
        return (i, ...o) => e.emit(i, ...o);
      },
      expose: t
    });
  } else
    return {
      attrs: new Proxy(e.attrs, rl),
      slots: e.slots,
      emit: e.emit,
      expose: t
    };
}
function ia(e) {
  return e.exposed ? e.exposeProxy || (e.exposeProxy = new Proxy(Mf(Ed(e.exposed)), {
    get(t, n) {
      if (n in t)
        return t[n];
      if (n in Nn)
        return Nn[n](e);
    },
    has(t, n) {
      return n in t || n in Nn;
    }
  })) : e.proxy;
}
const mg = /(?:^|[-_])(\w)/g, bg = (e) => e.replace(mg, (t) => t.toUpperCase()).replace(/[-_]/g, "");
function bu(e, t = !0) {
  return q(e) ? e.displayName || e.name : e.name || t && e.__name;
}
function yo(e, t, n = !1) {
  let s = bu(t);
  if (!s && t.__file) {
    const i = t.__file.match(/([^/\\]+)\.\w+$/);
    i && (s = i[1]);
  }
  if (!s && e && e.parent) {
    const i = (o) => {
      for (const r in o)
        if (o[r] === t)
          return r;
    };
    s = i(
      e.components || e.parent.type.components
    ) || i(e.appContext.components);
  }
  return s ? bg(s) : n ? "App" : "Anonymous";
}
function _u(e) {
  return q(e) && "__vccOpts" in e;
}
const _g = (e, t) => {
  const n = Sd(e, t, $s);
  if (x.NODE_ENV !== "production") {
    const s = cg();
    s && s.appContext.config.warnRecursiveComputed && (n._warnRecursive = !0);
  }
  return n;
};
function yg() {
  if (x.NODE_ENV === "production" || typeof window > "u")
    return;
  const e = { style: "color:#3ba776" }, t = { style: "color:#1677ff" }, n = { style: "color:#f5222d" }, s = { style: "color:#eb2f96" }, i = {
    __vue_custom_formatter: !0,
    header(u) {
      return pt(u) ? u.__isVue ? ["div", e, "VueInstance"] : Ct(u) ? [
        "div",
        {},
        ["span", e, f(u)],
        "<",
        // avoid debugger accessing value affecting behavior
        a("_value" in u ? u._value : u),
        ">"
      ] : On(u) ? [
        "div",
        {},
        ["span", e, Gt(u) ? "ShallowReactive" : "Reactive"],
        "<",
        a(u),
        `>${nn(u) ? " (readonly)" : ""}`
      ] : nn(u) ? [
        "div",
        {},
        ["span", e, Gt(u) ? "ShallowReadonly" : "Readonly"],
        "<",
        a(u),
        ">"
      ] : null : null;
    },
    hasBody(u) {
      return u && u.__isVue;
    },
    body(u) {
      if (u && u.__isVue)
        return [
          "div",
          {},
          ...o(u.$)
        ];
    }
  };
  function o(u) {
    const h = [];
    u.type.props && u.props && h.push(r("props", st(u.props))), u.setupState !== dt && h.push(r("setup", u.setupState)), u.data !== dt && h.push(r("data", st(u.data)));
    const d = l(u, "computed");
    d && h.push(r("computed", d));
    const p = l(u, "inject");
    return p && h.push(r("injected", p)), h.push([
      "div",
      {},
      [
        "span",
        {
          style: s.style + ";opacity:0.66"
        },
        "$ (internal): "
      ],
      ["object", { object: u }]
    ]), h;
  }
  function r(u, h) {
    return h = _t({}, h), Object.keys(h).length ? [
      "div",
      { style: "line-height:1.25em;margin-bottom:0.6em" },
      [
        "div",
        {
          style: "color:#476582"
        },
        u
      ],
      [
        "div",
        {
          style: "padding-left:1.25em"
        },
        ...Object.keys(h).map((d) => [
          "div",
          {},
          ["span", s, d + ": "],
          a(h[d], !1)
        ])
      ]
    ] : ["span", {}];
  }
  function a(u, h = !0) {
    return typeof u == "number" ? ["span", t, u] : typeof u == "string" ? ["span", n, JSON.stringify(u)] : typeof u == "boolean" ? ["span", s, u] : pt(u) ? ["object", { object: h ? st(u) : u }] : ["span", n, String(u)];
  }
  function l(u, h) {
    const d = u.type;
    if (q(d))
      return;
    const p = {};
    for (const g in u.ctx)
      c(d, g, h) && (p[g] = u.ctx[g]);
    return p;
  }
  function c(u, h, d) {
    const p = u[d];
    if (U(p) && p.includes(h) || pt(p) && h in p || u.extends && c(u.extends, h, d) || u.mixins && u.mixins.some((g) => c(g, h, d)))
      return !0;
  }
  function f(u) {
    return Gt(u) ? "ShallowRef" : u.effect ? "ComputedRef" : "Ref";
  }
  window.devtoolsFormatters ? window.devtoolsFormatters.push(i) : window.devtoolsFormatters = [i];
}
const al = "3.5.13", re = x.NODE_ENV !== "production" ? I : Dt;
var Rt = {};
let vr;
const ll = typeof window < "u" && window.trustedTypes;
if (ll)
  try {
    vr = /* @__PURE__ */ ll.createPolicy("vue", {
      createHTML: (e) => e
    });
  } catch (e) {
    Rt.NODE_ENV !== "production" && re(`Error creating trusted types policy: ${e}`);
  }
const yu = vr ? (e) => vr.createHTML(e) : (e) => e, xg = "http://www.w3.org/2000/svg", vg = "http://www.w3.org/1998/Math/MathML", je = typeof document < "u" ? document : null, cl = je && /* @__PURE__ */ je.createElement("template"), wg = {
  insert: (e, t, n) => {
    t.insertBefore(e, n || null);
  },
  remove: (e) => {
    const t = e.parentNode;
    t && t.removeChild(e);
  },
  createElement: (e, t, n, s) => {
    const i = t === "svg" ? je.createElementNS(xg, e) : t === "mathml" ? je.createElementNS(vg, e) : n ? je.createElement(e, { is: n }) : je.createElement(e);
    return e === "select" && s && s.multiple != null && i.setAttribute("multiple", s.multiple), i;
  },
  createText: (e) => je.createTextNode(e),
  createComment: (e) => je.createComment(e),
  setText: (e, t) => {
    e.nodeValue = t;
  },
  setElementText: (e, t) => {
    e.textContent = t;
  },
  parentNode: (e) => e.parentNode,
  nextSibling: (e) => e.nextSibling,
  querySelector: (e) => je.querySelector(e),
  setScopeId(e, t) {
    e.setAttribute(t, "");
  },
  // __UNSAFE__
  // Reason: innerHTML.
  // Static content here can only come from compiled templates.
  // As long as the user only uses trusted templates, this is safe.
  insertStaticContent(e, t, n, s, i, o) {
    const r = n ? n.previousSibling : t.lastChild;
    if (i && (i === o || i.nextSibling))
      for (; t.insertBefore(i.cloneNode(!0), n), !(i === o || !(i = i.nextSibling)); )
        ;
    else {
      cl.innerHTML = yu(
        s === "svg" ? `<svg>${e}</svg>` : s === "mathml" ? `<math>${e}</math>` : e
      );
      const a = cl.content;
      if (s === "svg" || s === "mathml") {
        const l = a.firstChild;
        for (; l.firstChild; )
          a.appendChild(l.firstChild);
        a.removeChild(l);
      }
      t.insertBefore(a, n);
    }
    return [
      // first
      r ? r.nextSibling : t.firstChild,
      // last
      n ? n.previousSibling : t.lastChild
    ];
  }
}, Eg = Symbol("_vtc");
function Og(e, t, n) {
  const s = e[Eg];
  s && (t = (t ? [t, ...s] : [...s]).join(" ")), t == null ? e.removeAttribute("class") : n ? e.setAttribute("class", t) : e.className = t;
}
const fl = Symbol("_vod"), Mg = Symbol("_vsh"), Sg = Symbol(Rt.NODE_ENV !== "production" ? "CSS_VAR_TEXT" : ""), Ng = /(^|;)\s*display\s*:/;
function Dg(e, t, n) {
  const s = e.style, i = bt(n);
  let o = !1;
  if (n && !i) {
    if (t)
      if (bt(t))
        for (const r of t.split(";")) {
          const a = r.slice(0, r.indexOf(":")).trim();
          n[a] == null && Ai(s, a, "");
        }
      else
        for (const r in t)
          n[r] == null && Ai(s, r, "");
    for (const r in n)
      r === "display" && (o = !0), Ai(s, r, n[r]);
  } else if (i) {
    if (t !== n) {
      const r = s[Sg];
      r && (n += ";" + r), s.cssText = n, o = Ng.test(n);
    }
  } else t && e.removeAttribute("style");
  fl in e && (e[fl] = o ? s.display : "", e[Mg] && (s.display = "none"));
}
const kg = /[^\\];\s*$/, ul = /\s*!important$/;
function Ai(e, t, n) {
  if (U(n))
    n.forEach((s) => Ai(e, t, s));
  else if (n == null && (n = ""), Rt.NODE_ENV !== "production" && kg.test(n) && re(
    `Unexpected semicolon at the end of '${t}' style value: '${n}'`
  ), t.startsWith("--"))
    e.setProperty(t, n);
  else {
    const s = Cg(e, t);
    ul.test(n) ? e.setProperty(
      Qt(s),
      n.replace(ul, ""),
      "important"
    ) : e[s] = n;
  }
}
const hl = ["Webkit", "Moz", "ms"], Io = {};
function Cg(e, t) {
  const n = Io[t];
  if (n)
    return n;
  let s = qt(t);
  if (s !== "filter" && s in e)
    return Io[t] = s;
  s = co(s);
  for (let i = 0; i < hl.length; i++) {
    const o = hl[i] + s;
    if (o in e)
      return Io[t] = o;
  }
  return t;
}
const dl = "http://www.w3.org/1999/xlink";
function pl(e, t, n, s, i, o = ed(t)) {
  s && t.startsWith("xlink:") ? n == null ? e.removeAttributeNS(dl, t.slice(6, t.length)) : e.setAttributeNS(dl, t, n) : n == null || o && !nf(n) ? e.removeAttribute(t) : e.setAttribute(
    t,
    o ? "" : an(n) ? String(n) : n
  );
}
function gl(e, t, n, s, i) {
  if (t === "innerHTML" || t === "textContent") {
    n != null && (e[t] = t === "innerHTML" ? yu(n) : n);
    return;
  }
  const o = e.tagName;
  if (t === "value" && o !== "PROGRESS" && // custom elements may use _value internally
  !o.includes("-")) {
    const a = o === "OPTION" ? e.getAttribute("value") || "" : e.value, l = n == null ? (
      // #11647: value should be set as empty string for null and undefined,
      // but <input type="checkbox"> should be set as 'on'.
      e.type === "checkbox" ? "on" : ""
    ) : String(n);
    (a !== l || !("_value" in e)) && (e.value = l), n == null && e.removeAttribute(t), e._value = n;
    return;
  }
  let r = !1;
  if (n === "" || n == null) {
    const a = typeof e[t];
    a === "boolean" ? n = nf(n) : n == null && a === "string" ? (n = "", r = !0) : a === "number" && (n = 0, r = !0);
  }
  try {
    e[t] = n;
  } catch (a) {
    Rt.NODE_ENV !== "production" && !r && re(
      `Failed setting prop "${t}" on <${o.toLowerCase()}>: value ${n} is invalid.`,
      a
    );
  }
  r && e.removeAttribute(i || t);
}
function Ag(e, t, n, s) {
  e.addEventListener(t, n, s);
}
function Tg(e, t, n, s) {
  e.removeEventListener(t, n, s);
}
const ml = Symbol("_vei");
function Pg(e, t, n, s, i = null) {
  const o = e[ml] || (e[ml] = {}), r = o[t];
  if (s && r)
    r.value = Rt.NODE_ENV !== "production" ? _l(s, t) : s;
  else {
    const [a, l] = Rg(t);
    if (s) {
      const c = o[t] = Lg(
        Rt.NODE_ENV !== "production" ? _l(s, t) : s,
        i
      );
      Ag(e, a, c, l);
    } else r && (Tg(e, a, r, l), o[t] = void 0);
  }
}
const bl = /(?:Once|Passive|Capture)$/;
function Rg(e) {
  let t;
  if (bl.test(e)) {
    t = {};
    let s;
    for (; s = e.match(bl); )
      e = e.slice(0, e.length - s[0].length), t[s[0].toLowerCase()] = !0;
  }
  return [e[2] === ":" ? e.slice(3) : Qt(e.slice(2)), t];
}
let Lo = 0;
const Vg = /* @__PURE__ */ Promise.resolve(), Ig = () => Lo || (Vg.then(() => Lo = 0), Lo = Date.now());
function Lg(e, t) {
  const n = (s) => {
    if (!s._vts)
      s._vts = Date.now();
    else if (s._vts <= n.attached)
      return;
    Pe(
      Fg(s, n.value),
      t,
      5,
      [s]
    );
  };
  return n.value = e, n.attached = Ig(), n;
}
function _l(e, t) {
  return q(e) || U(e) ? e : (re(
    `Wrong type passed as event handler to ${t} - did you forget @ or : in front of your prop?
Expected function or array of functions, received type ${typeof e}.`
  ), Dt);
}
function Fg(e, t) {
  if (U(t)) {
    const n = e.stopImmediatePropagation;
    return e.stopImmediatePropagation = () => {
      n.call(e), e._stopped = !0;
    }, t.map(
      (s) => (i) => !i._stopped && s && s(i)
    );
  } else
    return t;
}
const yl = (e) => e.charCodeAt(0) === 111 && e.charCodeAt(1) === 110 && // lowercase letter
e.charCodeAt(2) > 96 && e.charCodeAt(2) < 123, $g = (e, t, n, s, i, o) => {
  const r = i === "svg";
  t === "class" ? Og(e, s, r) : t === "style" ? Dg(e, n, s) : Us(t) ? Ii(t) || Pg(e, t, n, s, o) : (t[0] === "." ? (t = t.slice(1), !0) : t[0] === "^" ? (t = t.slice(1), !1) : jg(e, t, s, r)) ? (gl(e, t, s), !e.tagName.includes("-") && (t === "value" || t === "checked" || t === "selected") && pl(e, t, s, r, o, t !== "value")) : /* #11081 force set props for possible async custom element */ e._isVueCE && (/[A-Z]/.test(t) || !bt(s)) ? gl(e, qt(t), s, o, t) : (t === "true-value" ? e._trueValue = s : t === "false-value" && (e._falseValue = s), pl(e, t, s, r));
};
function jg(e, t, n, s) {
  if (s)
    return !!(t === "innerHTML" || t === "textContent" || t in e && yl(t) && q(n));
  if (t === "spellcheck" || t === "draggable" || t === "translate" || t === "form" || t === "list" && e.tagName === "INPUT" || t === "type" && e.tagName === "TEXTAREA")
    return !1;
  if (t === "width" || t === "height") {
    const i = e.tagName;
    if (i === "IMG" || i === "VIDEO" || i === "CANVAS" || i === "SOURCE")
      return !1;
  }
  return yl(t) && bt(n) ? !1 : t in e;
}
const xl = {};
/*! #__NO_SIDE_EFFECTS__ */
// @__NO_SIDE_EFFECTS__
function Bg(e, t, n) {
  const s = /* @__PURE__ */ Jd(e, t);
  ao(s) && _t(s, t);
  class i extends oa {
    constructor(r) {
      super(s, r, n);
    }
  }
  return i.def = s, i;
}
const zg = typeof HTMLElement < "u" ? HTMLElement : class {
};
class oa extends zg {
  constructor(t, n = {}, s = wl) {
    super(), this._def = t, this._props = n, this._createApp = s, this._isVueCE = !0, this._instance = null, this._app = null, this._nonce = this._def.nonce, this._connected = !1, this._resolved = !1, this._numberProps = null, this._styleChildren = /* @__PURE__ */ new WeakSet(), this._ob = null, this.shadowRoot && s !== wl ? this._root = this.shadowRoot : (Rt.NODE_ENV !== "production" && this.shadowRoot && re(
      "Custom element has pre-rendered declarative shadow root but is not defined as hydratable. Use `defineSSRCustomElement`."
    ), t.shadowRoot !== !1 ? (this.attachShadow({ mode: "open" }), this._root = this.shadowRoot) : this._root = this), this._def.__asyncLoader || this._resolveProps(this._def);
  }
  connectedCallback() {
    if (!this.isConnected) return;
    this.shadowRoot || this._parseSlots(), this._connected = !0;
    let t = this;
    for (; t = t && (t.parentNode || t.host); )
      if (t instanceof oa) {
        this._parent = t;
        break;
      }
    this._instance || (this._resolved ? (this._setParent(), this._update()) : t && t._pendingResolve ? this._pendingResolve = t._pendingResolve.then(() => {
      this._pendingResolve = void 0, this._resolveDef();
    }) : this._resolveDef());
  }
  _setParent(t = this._parent) {
    t && (this._instance.parent = t._instance, this._instance.provides = t._instance.provides);
  }
  disconnectedCallback() {
    this._connected = !1, Df(() => {
      this._connected || (this._ob && (this._ob.disconnect(), this._ob = null), this._app && this._app.unmount(), this._instance && (this._instance.ce = void 0), this._app = this._instance = null);
    });
  }
  /**
   * resolve inner component definition (handle possible async component)
   */
  _resolveDef() {
    if (this._pendingResolve)
      return;
    for (let s = 0; s < this.attributes.length; s++)
      this._setAttr(this.attributes[s].name);
    this._ob = new MutationObserver((s) => {
      for (const i of s)
        this._setAttr(i.attributeName);
    }), this._ob.observe(this, { attributes: !0 });
    const t = (s, i = !1) => {
      this._resolved = !0, this._pendingResolve = void 0;
      const { props: o, styles: r } = s;
      let a;
      if (o && !U(o))
        for (const l in o) {
          const c = o[l];
          (c === Number || c && c.type === Number) && (l in this._props && (this._props[l] = Ia(this._props[l])), (a || (a = /* @__PURE__ */ Object.create(null)))[qt(l)] = !0);
        }
      this._numberProps = a, i && this._resolveProps(s), this.shadowRoot ? this._applyStyles(r) : Rt.NODE_ENV !== "production" && r && re(
        "Custom element style injection is not supported when using shadowRoot: false"
      ), this._mount(s);
    }, n = this._def.__asyncLoader;
    n ? this._pendingResolve = n().then(
      (s) => t(this._def = s, !0)
    ) : t(this._def);
  }
  _mount(t) {
    Rt.NODE_ENV !== "production" && !t.name && (t.name = "VueElement"), this._app = this._createApp(t), t.configureApp && t.configureApp(this._app), this._app._ceVNode = this._createVNode(), this._app.mount(this._root);
    const n = this._instance && this._instance.exposed;
    if (n)
      for (const s in n)
        at(this, s) ? Rt.NODE_ENV !== "production" && re(`Exposed property "${s}" already exists on custom element.`) : Object.defineProperty(this, s, {
          // unwrap ref to be consistent with public instance behavior
          get: () => Of(n[s])
        });
  }
  _resolveProps(t) {
    const { props: n } = t, s = U(n) ? n : Object.keys(n || {});
    for (const i of Object.keys(this))
      i[0] !== "_" && s.includes(i) && this._setProp(i, this[i]);
    for (const i of s.map(qt))
      Object.defineProperty(this, i, {
        get() {
          return this._getProp(i);
        },
        set(o) {
          this._setProp(i, o, !0, !0);
        }
      });
  }
  _setAttr(t) {
    if (t.startsWith("data-v-")) return;
    const n = this.hasAttribute(t);
    let s = n ? this.getAttribute(t) : xl;
    const i = qt(t);
    n && this._numberProps && this._numberProps[i] && (s = Ia(s)), this._setProp(i, s, !1, !0);
  }
  /**
   * @internal
   */
  _getProp(t) {
    return this._props[t];
  }
  /**
   * @internal
   */
  _setProp(t, n, s = !0, i = !1) {
    if (n !== this._props[t] && (n === xl ? delete this._props[t] : (this._props[t] = n, t === "key" && this._app && (this._app._ceVNode.key = n)), i && this._instance && this._update(), s)) {
      const o = this._ob;
      o && o.disconnect(), n === !0 ? this.setAttribute(Qt(t), "") : typeof n == "string" || typeof n == "number" ? this.setAttribute(Qt(t), n + "") : n || this.removeAttribute(Qt(t)), o && o.observe(this, { attributes: !0 });
    }
  }
  _update() {
    Wg(this._createVNode(), this._root);
  }
  _createVNode() {
    const t = {};
    this.shadowRoot || (t.onVnodeMounted = t.onVnodeUpdated = this._renderSlots.bind(this));
    const n = Ce(this._def, _t(t, this._props));
    return this._instance || (n.ce = (s) => {
      this._instance = s, s.ce = this, s.isCE = !0, Rt.NODE_ENV !== "production" && (s.ceReload = (o) => {
        this._styles && (this._styles.forEach((r) => this._root.removeChild(r)), this._styles.length = 0), this._applyStyles(o), this._instance = null, this._update();
      });
      const i = (o, r) => {
        this.dispatchEvent(
          new CustomEvent(
            o,
            ao(r[0]) ? _t({ detail: r }, r[0]) : { detail: r }
          )
        );
      };
      s.emit = (o, ...r) => {
        i(o, r), Qt(o) !== o && i(Qt(o), r);
      }, this._setParent();
    }), n;
  }
  _applyStyles(t, n) {
    if (!t) return;
    if (n) {
      if (n === this._def || this._styleChildren.has(n))
        return;
      this._styleChildren.add(n);
    }
    const s = this._nonce;
    for (let i = t.length - 1; i >= 0; i--) {
      const o = document.createElement("style");
      if (s && o.setAttribute("nonce", s), o.textContent = t[i], this.shadowRoot.prepend(o), Rt.NODE_ENV !== "production")
        if (n) {
          if (n.__hmrId) {
            this._childStyles || (this._childStyles = /* @__PURE__ */ new Map());
            let r = this._childStyles.get(n.__hmrId);
            r || this._childStyles.set(n.__hmrId, r = []), r.push(o);
          }
        } else
          (this._styles || (this._styles = [])).push(o);
    }
  }
  /**
   * Only called when shadowRoot is false
   */
  _parseSlots() {
    const t = this._slots = {};
    let n;
    for (; n = this.firstChild; ) {
      const s = n.nodeType === 1 && n.getAttribute("slot") || "default";
      (t[s] || (t[s] = [])).push(n), this.removeChild(n);
    }
  }
  /**
   * Only called when shadowRoot is false
   */
  _renderSlots() {
    const t = (this._teleportTarget || this).querySelectorAll("slot"), n = this._instance.type.__scopeId;
    for (let s = 0; s < t.length; s++) {
      const i = t[s], o = i.getAttribute("name") || "default", r = this._slots[o], a = i.parentNode;
      if (r)
        for (const l of r) {
          if (n && l.nodeType === 1) {
            const c = n + "-s", f = document.createTreeWalker(l, 1);
            l.setAttribute(c, "");
            let u;
            for (; u = f.nextNode(); )
              u.setAttribute(c, "");
          }
          a.insertBefore(l, i);
        }
      else
        for (; i.firstChild; ) a.insertBefore(i.firstChild, i);
      a.removeChild(i);
    }
  }
  /**
   * @internal
   */
  _injectChildStyle(t) {
    this._applyStyles(t.styles, t);
  }
  /**
   * @internal
   */
  _removeChildStyle(t) {
    if (Rt.NODE_ENV !== "production" && (this._styleChildren.delete(t), this._childStyles && t.__hmrId)) {
      const n = this._childStyles.get(t.__hmrId);
      n && (n.forEach((s) => this._root.removeChild(s)), n.length = 0);
    }
  }
}
const Hg = /* @__PURE__ */ _t({ patchProp: $g }, wg);
let vl;
function xu() {
  return vl || (vl = jp(Hg));
}
const Wg = (...e) => {
  xu().render(...e);
}, wl = (...e) => {
  const t = xu().createApp(...e);
  Rt.NODE_ENV !== "production" && (Ug(t), Kg(t));
  const { mount: n } = t;
  return t.mount = (s) => {
    const i = Xg(s);
    if (!i) return;
    const o = t._component;
    !q(o) && !o.render && !o.template && (o.template = i.innerHTML), i.nodeType === 1 && (i.textContent = "");
    const r = n(i, !1, Yg(i));
    return i instanceof Element && (i.removeAttribute("v-cloak"), i.setAttribute("data-v-app", "")), r;
  }, t;
};
function Yg(e) {
  if (e instanceof SVGElement)
    return "svg";
  if (typeof MathMLElement == "function" && e instanceof MathMLElement)
    return "mathml";
}
function Ug(e) {
  Object.defineProperty(e.config, "isNativeTag", {
    value: (t) => Zh(t) || Jh(t) || Qh(t),
    writable: !1
  });
}
function Kg(e) {
  {
    const t = e.config.isCustomElement;
    Object.defineProperty(e.config, "isCustomElement", {
      get() {
        return t;
      },
      set() {
        re(
          "The `isCustomElement` config option is deprecated. Use `compilerOptions.isCustomElement` instead."
        );
      }
    });
    const n = e.config.compilerOptions, s = 'The `compilerOptions` config option is only respected when using a build of Vue.js that includes the runtime compiler (aka "full build"). Since you are using the runtime-only build, `compilerOptions` must be passed to `@vue/compiler-dom` in the build setup instead.\n- For vue-loader: pass it via vue-loader\'s `compilerOptions` loader option.\n- For vue-cli: see https://cli.vuejs.org/guide/webpack.html#modifying-options-of-a-loader\n- For vite: pass it via @vitejs/plugin-vue options. See https://github.com/vitejs/vite-plugin-vue/tree/main/packages/plugin-vue#example-for-passing-options-to-vuecompiler-sfc';
    Object.defineProperty(e.config, "compilerOptions", {
      get() {
        return re(s), n;
      },
      set() {
        re(s);
      }
    });
  }
}
function Xg(e) {
  if (bt(e)) {
    const t = document.querySelector(e);
    return Rt.NODE_ENV !== "production" && !t && re(
      `Failed to mount app: mount target selector "${e}" returned null.`
    ), t;
  }
  return Rt.NODE_ENV !== "production" && window.ShadowRoot && e instanceof window.ShadowRoot && e.mode === "closed" && re(
    'mounting on a ShadowRoot with `{mode: "closed"}` may lead to unpredictable bugs'
  ), e;
}
var qg = {};
function Gg() {
  yg();
}
qg.NODE_ENV !== "production" && Gg();
/*!
 * @kurkle/color v0.3.4
 * https://github.com/kurkle/color#readme
 * (c) 2024 Jukka Kurkela
 * Released under the MIT License
 */
function Js(e) {
  return e + 0.5 | 0;
}
const tn = (e, t, n) => Math.max(Math.min(e, n), t);
function xs(e) {
  return tn(Js(e * 2.55), 0, 255);
}
function en(e) {
  return tn(Js(e * 255), 0, 255);
}
function Be(e) {
  return tn(Js(e / 2.55) / 100, 0, 1);
}
function El(e) {
  return tn(Js(e * 100), 0, 100);
}
const oe = { 0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, A: 10, B: 11, C: 12, D: 13, E: 14, F: 15, a: 10, b: 11, c: 12, d: 13, e: 14, f: 15 }, wr = [..."0123456789ABCDEF"], Zg = (e) => wr[e & 15], Jg = (e) => wr[(e & 240) >> 4] + wr[e & 15], ii = (e) => (e & 240) >> 4 === (e & 15), Qg = (e) => ii(e.r) && ii(e.g) && ii(e.b) && ii(e.a);
function tm(e) {
  var t = e.length, n;
  return e[0] === "#" && (t === 4 || t === 5 ? n = {
    r: 255 & oe[e[1]] * 17,
    g: 255 & oe[e[2]] * 17,
    b: 255 & oe[e[3]] * 17,
    a: t === 5 ? oe[e[4]] * 17 : 255
  } : (t === 7 || t === 9) && (n = {
    r: oe[e[1]] << 4 | oe[e[2]],
    g: oe[e[3]] << 4 | oe[e[4]],
    b: oe[e[5]] << 4 | oe[e[6]],
    a: t === 9 ? oe[e[7]] << 4 | oe[e[8]] : 255
  })), n;
}
const em = (e, t) => e < 255 ? t(e) : "";
function nm(e) {
  var t = Qg(e) ? Zg : Jg;
  return e ? "#" + t(e.r) + t(e.g) + t(e.b) + em(e.a, t) : void 0;
}
const sm = /^(hsla?|hwb|hsv)\(\s*([-+.e\d]+)(?:deg)?[\s,]+([-+.e\d]+)%[\s,]+([-+.e\d]+)%(?:[\s,]+([-+.e\d]+)(%)?)?\s*\)$/;
function vu(e, t, n) {
  const s = t * Math.min(n, 1 - n), i = (o, r = (o + e / 30) % 12) => n - s * Math.max(Math.min(r - 3, 9 - r, 1), -1);
  return [i(0), i(8), i(4)];
}
function im(e, t, n) {
  const s = (i, o = (i + e / 60) % 6) => n - n * t * Math.max(Math.min(o, 4 - o, 1), 0);
  return [s(5), s(3), s(1)];
}
function om(e, t, n) {
  const s = vu(e, 1, 0.5);
  let i;
  for (t + n > 1 && (i = 1 / (t + n), t *= i, n *= i), i = 0; i < 3; i++)
    s[i] *= 1 - t - n, s[i] += t;
  return s;
}
function rm(e, t, n, s, i) {
  return e === i ? (t - n) / s + (t < n ? 6 : 0) : t === i ? (n - e) / s + 2 : (e - t) / s + 4;
}
function ra(e) {
  const n = e.r / 255, s = e.g / 255, i = e.b / 255, o = Math.max(n, s, i), r = Math.min(n, s, i), a = (o + r) / 2;
  let l, c, f;
  return o !== r && (f = o - r, c = a > 0.5 ? f / (2 - o - r) : f / (o + r), l = rm(n, s, i, f, o), l = l * 60 + 0.5), [l | 0, c || 0, a];
}
function aa(e, t, n, s) {
  return (Array.isArray(t) ? e(t[0], t[1], t[2]) : e(t, n, s)).map(en);
}
function la(e, t, n) {
  return aa(vu, e, t, n);
}
function am(e, t, n) {
  return aa(om, e, t, n);
}
function lm(e, t, n) {
  return aa(im, e, t, n);
}
function wu(e) {
  return (e % 360 + 360) % 360;
}
function cm(e) {
  const t = sm.exec(e);
  let n = 255, s;
  if (!t)
    return;
  t[5] !== s && (n = t[6] ? xs(+t[5]) : en(+t[5]));
  const i = wu(+t[2]), o = +t[3] / 100, r = +t[4] / 100;
  return t[1] === "hwb" ? s = am(i, o, r) : t[1] === "hsv" ? s = lm(i, o, r) : s = la(i, o, r), {
    r: s[0],
    g: s[1],
    b: s[2],
    a: n
  };
}
function fm(e, t) {
  var n = ra(e);
  n[0] = wu(n[0] + t), n = la(n), e.r = n[0], e.g = n[1], e.b = n[2];
}
function um(e) {
  if (!e)
    return;
  const t = ra(e), n = t[0], s = El(t[1]), i = El(t[2]);
  return e.a < 255 ? `hsla(${n}, ${s}%, ${i}%, ${Be(e.a)})` : `hsl(${n}, ${s}%, ${i}%)`;
}
const Ol = {
  x: "dark",
  Z: "light",
  Y: "re",
  X: "blu",
  W: "gr",
  V: "medium",
  U: "slate",
  A: "ee",
  T: "ol",
  S: "or",
  B: "ra",
  C: "lateg",
  D: "ights",
  R: "in",
  Q: "turquois",
  E: "hi",
  P: "ro",
  O: "al",
  N: "le",
  M: "de",
  L: "yello",
  F: "en",
  K: "ch",
  G: "arks",
  H: "ea",
  I: "ightg",
  J: "wh"
}, Ml = {
  OiceXe: "f0f8ff",
  antiquewEte: "faebd7",
  aqua: "ffff",
  aquamarRe: "7fffd4",
  azuY: "f0ffff",
  beige: "f5f5dc",
  bisque: "ffe4c4",
  black: "0",
  blanKedOmond: "ffebcd",
  Xe: "ff",
  XeviTet: "8a2be2",
  bPwn: "a52a2a",
  burlywood: "deb887",
  caMtXe: "5f9ea0",
  KartYuse: "7fff00",
  KocTate: "d2691e",
  cSO: "ff7f50",
  cSnflowerXe: "6495ed",
  cSnsilk: "fff8dc",
  crimson: "dc143c",
  cyan: "ffff",
  xXe: "8b",
  xcyan: "8b8b",
  xgTMnPd: "b8860b",
  xWay: "a9a9a9",
  xgYF: "6400",
  xgYy: "a9a9a9",
  xkhaki: "bdb76b",
  xmagFta: "8b008b",
  xTivegYF: "556b2f",
  xSange: "ff8c00",
  xScEd: "9932cc",
  xYd: "8b0000",
  xsOmon: "e9967a",
  xsHgYF: "8fbc8f",
  xUXe: "483d8b",
  xUWay: "2f4f4f",
  xUgYy: "2f4f4f",
  xQe: "ced1",
  xviTet: "9400d3",
  dAppRk: "ff1493",
  dApskyXe: "bfff",
  dimWay: "696969",
  dimgYy: "696969",
  dodgerXe: "1e90ff",
  fiYbrick: "b22222",
  flSOwEte: "fffaf0",
  foYstWAn: "228b22",
  fuKsia: "ff00ff",
  gaRsbSo: "dcdcdc",
  ghostwEte: "f8f8ff",
  gTd: "ffd700",
  gTMnPd: "daa520",
  Way: "808080",
  gYF: "8000",
  gYFLw: "adff2f",
  gYy: "808080",
  honeyMw: "f0fff0",
  hotpRk: "ff69b4",
  RdianYd: "cd5c5c",
  Rdigo: "4b0082",
  ivSy: "fffff0",
  khaki: "f0e68c",
  lavFMr: "e6e6fa",
  lavFMrXsh: "fff0f5",
  lawngYF: "7cfc00",
  NmoncEffon: "fffacd",
  ZXe: "add8e6",
  ZcSO: "f08080",
  Zcyan: "e0ffff",
  ZgTMnPdLw: "fafad2",
  ZWay: "d3d3d3",
  ZgYF: "90ee90",
  ZgYy: "d3d3d3",
  ZpRk: "ffb6c1",
  ZsOmon: "ffa07a",
  ZsHgYF: "20b2aa",
  ZskyXe: "87cefa",
  ZUWay: "778899",
  ZUgYy: "778899",
  ZstAlXe: "b0c4de",
  ZLw: "ffffe0",
  lime: "ff00",
  limegYF: "32cd32",
  lRF: "faf0e6",
  magFta: "ff00ff",
  maPon: "800000",
  VaquamarRe: "66cdaa",
  VXe: "cd",
  VScEd: "ba55d3",
  VpurpN: "9370db",
  VsHgYF: "3cb371",
  VUXe: "7b68ee",
  VsprRggYF: "fa9a",
  VQe: "48d1cc",
  VviTetYd: "c71585",
  midnightXe: "191970",
  mRtcYam: "f5fffa",
  mistyPse: "ffe4e1",
  moccasR: "ffe4b5",
  navajowEte: "ffdead",
  navy: "80",
  Tdlace: "fdf5e6",
  Tive: "808000",
  TivedBb: "6b8e23",
  Sange: "ffa500",
  SangeYd: "ff4500",
  ScEd: "da70d6",
  pOegTMnPd: "eee8aa",
  pOegYF: "98fb98",
  pOeQe: "afeeee",
  pOeviTetYd: "db7093",
  papayawEp: "ffefd5",
  pHKpuff: "ffdab9",
  peru: "cd853f",
  pRk: "ffc0cb",
  plum: "dda0dd",
  powMrXe: "b0e0e6",
  purpN: "800080",
  YbeccapurpN: "663399",
  Yd: "ff0000",
  Psybrown: "bc8f8f",
  PyOXe: "4169e1",
  saddNbPwn: "8b4513",
  sOmon: "fa8072",
  sandybPwn: "f4a460",
  sHgYF: "2e8b57",
  sHshell: "fff5ee",
  siFna: "a0522d",
  silver: "c0c0c0",
  skyXe: "87ceeb",
  UXe: "6a5acd",
  UWay: "708090",
  UgYy: "708090",
  snow: "fffafa",
  sprRggYF: "ff7f",
  stAlXe: "4682b4",
  tan: "d2b48c",
  teO: "8080",
  tEstN: "d8bfd8",
  tomato: "ff6347",
  Qe: "40e0d0",
  viTet: "ee82ee",
  JHt: "f5deb3",
  wEte: "ffffff",
  wEtesmoke: "f5f5f5",
  Lw: "ffff00",
  LwgYF: "9acd32"
};
function hm() {
  const e = {}, t = Object.keys(Ml), n = Object.keys(Ol);
  let s, i, o, r, a;
  for (s = 0; s < t.length; s++) {
    for (r = a = t[s], i = 0; i < n.length; i++)
      o = n[i], a = a.replace(o, Ol[o]);
    o = parseInt(Ml[r], 16), e[a] = [o >> 16 & 255, o >> 8 & 255, o & 255];
  }
  return e;
}
let oi;
function dm(e) {
  oi || (oi = hm(), oi.transparent = [0, 0, 0, 0]);
  const t = oi[e.toLowerCase()];
  return t && {
    r: t[0],
    g: t[1],
    b: t[2],
    a: t.length === 4 ? t[3] : 255
  };
}
const pm = /^rgba?\(\s*([-+.\d]+)(%)?[\s,]+([-+.e\d]+)(%)?[\s,]+([-+.e\d]+)(%)?(?:[\s,/]+([-+.e\d]+)(%)?)?\s*\)$/;
function gm(e) {
  const t = pm.exec(e);
  let n = 255, s, i, o;
  if (t) {
    if (t[7] !== s) {
      const r = +t[7];
      n = t[8] ? xs(r) : tn(r * 255, 0, 255);
    }
    return s = +t[1], i = +t[3], o = +t[5], s = 255 & (t[2] ? xs(s) : tn(s, 0, 255)), i = 255 & (t[4] ? xs(i) : tn(i, 0, 255)), o = 255 & (t[6] ? xs(o) : tn(o, 0, 255)), {
      r: s,
      g: i,
      b: o,
      a: n
    };
  }
}
function mm(e) {
  return e && (e.a < 255 ? `rgba(${e.r}, ${e.g}, ${e.b}, ${Be(e.a)})` : `rgb(${e.r}, ${e.g}, ${e.b})`);
}
const Fo = (e) => e <= 31308e-7 ? e * 12.92 : Math.pow(e, 1 / 2.4) * 1.055 - 0.055, Ln = (e) => e <= 0.04045 ? e / 12.92 : Math.pow((e + 0.055) / 1.055, 2.4);
function bm(e, t, n) {
  const s = Ln(Be(e.r)), i = Ln(Be(e.g)), o = Ln(Be(e.b));
  return {
    r: en(Fo(s + n * (Ln(Be(t.r)) - s))),
    g: en(Fo(i + n * (Ln(Be(t.g)) - i))),
    b: en(Fo(o + n * (Ln(Be(t.b)) - o))),
    a: e.a + n * (t.a - e.a)
  };
}
function ri(e, t, n) {
  if (e) {
    let s = ra(e);
    s[t] = Math.max(0, Math.min(s[t] + s[t] * n, t === 0 ? 360 : 1)), s = la(s), e.r = s[0], e.g = s[1], e.b = s[2];
  }
}
function Eu(e, t) {
  return e && Object.assign(t || {}, e);
}
function Sl(e) {
  var t = { r: 0, g: 0, b: 0, a: 255 };
  return Array.isArray(e) ? e.length >= 3 && (t = { r: e[0], g: e[1], b: e[2], a: 255 }, e.length > 3 && (t.a = en(e[3]))) : (t = Eu(e, { r: 0, g: 0, b: 0, a: 1 }), t.a = en(t.a)), t;
}
function _m(e) {
  return e.charAt(0) === "r" ? gm(e) : cm(e);
}
let Ou = class Er {
  constructor(t) {
    if (t instanceof Er)
      return t;
    const n = typeof t;
    let s;
    n === "object" ? s = Sl(t) : n === "string" && (s = tm(t) || dm(t) || _m(t)), this._rgb = s, this._valid = !!s;
  }
  get valid() {
    return this._valid;
  }
  get rgb() {
    var t = Eu(this._rgb);
    return t && (t.a = Be(t.a)), t;
  }
  set rgb(t) {
    this._rgb = Sl(t);
  }
  rgbString() {
    return this._valid ? mm(this._rgb) : void 0;
  }
  hexString() {
    return this._valid ? nm(this._rgb) : void 0;
  }
  hslString() {
    return this._valid ? um(this._rgb) : void 0;
  }
  mix(t, n) {
    if (t) {
      const s = this.rgb, i = t.rgb;
      let o;
      const r = n === o ? 0.5 : n, a = 2 * r - 1, l = s.a - i.a, c = ((a * l === -1 ? a : (a + l) / (1 + a * l)) + 1) / 2;
      o = 1 - c, s.r = 255 & c * s.r + o * i.r + 0.5, s.g = 255 & c * s.g + o * i.g + 0.5, s.b = 255 & c * s.b + o * i.b + 0.5, s.a = r * s.a + (1 - r) * i.a, this.rgb = s;
    }
    return this;
  }
  interpolate(t, n) {
    return t && (this._rgb = bm(this._rgb, t._rgb, n)), this;
  }
  clone() {
    return new Er(this.rgb);
  }
  alpha(t) {
    return this._rgb.a = en(t), this;
  }
  clearer(t) {
    const n = this._rgb;
    return n.a *= 1 - t, this;
  }
  greyscale() {
    const t = this._rgb, n = Js(t.r * 0.3 + t.g * 0.59 + t.b * 0.11);
    return t.r = t.g = t.b = n, this;
  }
  opaquer(t) {
    const n = this._rgb;
    return n.a *= 1 + t, this;
  }
  negate() {
    const t = this._rgb;
    return t.r = 255 - t.r, t.g = 255 - t.g, t.b = 255 - t.b, this;
  }
  lighten(t) {
    return ri(this._rgb, 2, t), this;
  }
  darken(t) {
    return ri(this._rgb, 2, -t), this;
  }
  saturate(t) {
    return ri(this._rgb, 1, t), this;
  }
  desaturate(t) {
    return ri(this._rgb, 1, -t), this;
  }
  rotate(t) {
    return fm(this._rgb, t), this;
  }
};
/*!
 * Chart.js v4.4.7
 * https://www.chartjs.org
 * (c) 2024 Chart.js Contributors
 * Released under the MIT License
 */
function Ie() {
}
const ym = /* @__PURE__ */ (() => {
  let e = 0;
  return () => e++;
})();
function wt(e) {
  return e == null;
}
function Pt(e) {
  if (Array.isArray && Array.isArray(e))
    return !0;
  const t = Object.prototype.toString.call(e);
  return t.slice(0, 7) === "[object" && t.slice(-6) === "Array]";
}
function ot(e) {
  return e !== null && Object.prototype.toString.call(e) === "[object Object]";
}
function It(e) {
  return (typeof e == "number" || e instanceof Number) && isFinite(+e);
}
function ve(e, t) {
  return It(e) ? e : t;
}
function ct(e, t) {
  return typeof e > "u" ? t : e;
}
const xm = (e, t) => typeof e == "string" && e.endsWith("%") ? parseFloat(e) / 100 : +e / t, Mu = (e, t) => typeof e == "string" && e.endsWith("%") ? parseFloat(e) / 100 * t : +e;
function vt(e, t, n) {
  if (e && typeof e.call == "function")
    return e.apply(n, t);
}
function ht(e, t, n, s) {
  let i, o, r;
  if (Pt(e))
    for (o = e.length, i = 0; i < o; i++)
      t.call(n, e[i], i);
  else if (ot(e))
    for (r = Object.keys(e), o = r.length, i = 0; i < o; i++)
      t.call(n, e[r[i]], r[i]);
}
function Xi(e, t) {
  let n, s, i, o;
  if (!e || !t || e.length !== t.length)
    return !1;
  for (n = 0, s = e.length; n < s; ++n)
    if (i = e[n], o = t[n], i.datasetIndex !== o.datasetIndex || i.index !== o.index)
      return !1;
  return !0;
}
function qi(e) {
  if (Pt(e))
    return e.map(qi);
  if (ot(e)) {
    const t = /* @__PURE__ */ Object.create(null), n = Object.keys(e), s = n.length;
    let i = 0;
    for (; i < s; ++i)
      t[n[i]] = qi(e[n[i]]);
    return t;
  }
  return e;
}
function Su(e) {
  return [
    "__proto__",
    "prototype",
    "constructor"
  ].indexOf(e) === -1;
}
function vm(e, t, n, s) {
  if (!Su(e))
    return;
  const i = t[e], o = n[e];
  ot(i) && ot(o) ? js(i, o, s) : t[e] = qi(o);
}
function js(e, t, n) {
  const s = Pt(t) ? t : [
    t
  ], i = s.length;
  if (!ot(e))
    return e;
  n = n || {};
  const o = n.merger || vm;
  let r;
  for (let a = 0; a < i; ++a) {
    if (r = s[a], !ot(r))
      continue;
    const l = Object.keys(r);
    for (let c = 0, f = l.length; c < f; ++c)
      o(l[c], e, r, n);
  }
  return e;
}
function Cs(e, t) {
  return js(e, t, {
    merger: wm
  });
}
function wm(e, t, n) {
  if (!Su(e))
    return;
  const s = t[e], i = n[e];
  ot(s) && ot(i) ? Cs(s, i) : Object.prototype.hasOwnProperty.call(t, e) || (t[e] = qi(i));
}
const Nl = {
  // Chart.helpers.core resolveObjectKey should resolve empty key to root object
  "": (e) => e,
  // default resolvers
  x: (e) => e.x,
  y: (e) => e.y
};
function Em(e) {
  const t = e.split("."), n = [];
  let s = "";
  for (const i of t)
    s += i, s.endsWith("\\") ? s = s.slice(0, -1) + "." : (n.push(s), s = "");
  return n;
}
function Om(e) {
  const t = Em(e);
  return (n) => {
    for (const s of t) {
      if (s === "")
        break;
      n = n && n[s];
    }
    return n;
  };
}
function Bs(e, t) {
  return (Nl[t] || (Nl[t] = Om(t)))(e);
}
function ca(e) {
  return e.charAt(0).toUpperCase() + e.slice(1);
}
const Gi = (e) => typeof e < "u", on = (e) => typeof e == "function", Dl = (e, t) => {
  if (e.size !== t.size)
    return !1;
  for (const n of e)
    if (!t.has(n))
      return !1;
  return !0;
};
function Mm(e) {
  return e.type === "mouseup" || e.type === "click" || e.type === "contextmenu";
}
const St = Math.PI, xt = 2 * St, Sm = xt + St, Zi = Number.POSITIVE_INFINITY, Nm = St / 180, kt = St / 2, dn = St / 4, kl = St * 2 / 3, Nu = Math.log10, Kn = Math.sign;
function As(e, t, n) {
  return Math.abs(e - t) < n;
}
function Cl(e) {
  const t = Math.round(e);
  e = As(e, t, e / 1e3) ? t : e;
  const n = Math.pow(10, Math.floor(Nu(e))), s = e / n;
  return (s <= 1 ? 1 : s <= 2 ? 2 : s <= 5 ? 5 : 10) * n;
}
function Dm(e) {
  const t = [], n = Math.sqrt(e);
  let s;
  for (s = 1; s < n; s++)
    e % s === 0 && (t.push(s), t.push(e / s));
  return n === (n | 0) && t.push(n), t.sort((i, o) => i - o).pop(), t;
}
function Ji(e) {
  return !isNaN(parseFloat(e)) && isFinite(e);
}
function km(e, t) {
  const n = Math.round(e);
  return n - t <= e && n + t >= e;
}
function Cm(e, t, n) {
  let s, i, o;
  for (s = 0, i = e.length; s < i; s++)
    o = e[s][n], isNaN(o) || (t.min = Math.min(t.min, o), t.max = Math.max(t.max, o));
}
function He(e) {
  return e * (St / 180);
}
function Am(e) {
  return e * (180 / St);
}
function Al(e) {
  if (!It(e))
    return;
  let t = 1, n = 0;
  for (; Math.round(e * t) / t !== e; )
    t *= 10, n++;
  return n;
}
function Du(e, t) {
  const n = t.x - e.x, s = t.y - e.y, i = Math.sqrt(n * n + s * s);
  let o = Math.atan2(s, n);
  return o < -0.5 * St && (o += xt), {
    angle: o,
    distance: i
  };
}
function Or(e, t) {
  return Math.sqrt(Math.pow(t.x - e.x, 2) + Math.pow(t.y - e.y, 2));
}
function Tm(e, t) {
  return (e - t + Sm) % xt - St;
}
function Me(e) {
  return (e % xt + xt) % xt;
}
function zs(e, t, n, s) {
  const i = Me(e), o = Me(t), r = Me(n), a = Me(o - i), l = Me(r - i), c = Me(i - o), f = Me(i - r);
  return i === o || i === r || s && o === r || a > l && c < f;
}
function ne(e, t, n) {
  return Math.max(t, Math.min(n, e));
}
function Pm(e) {
  return ne(e, -32768, 32767);
}
function fa(e, t, n, s = 1e-6) {
  return e >= Math.min(t, n) - s && e <= Math.max(t, n) + s;
}
function ua(e, t, n) {
  n = n || ((r) => e[r] < t);
  let s = e.length - 1, i = 0, o;
  for (; s - i > 1; )
    o = i + s >> 1, n(o) ? i = o : s = o;
  return {
    lo: i,
    hi: s
  };
}
const Mr = (e, t, n, s) => ua(e, n, s ? (i) => {
  const o = e[i][t];
  return o < n || o === n && e[i + 1][t] === n;
} : (i) => e[i][t] < n), Rm = (e, t, n) => ua(e, n, (s) => e[s][t] >= n);
function Vm(e, t, n) {
  let s = 0, i = e.length;
  for (; s < i && e[s] < t; )
    s++;
  for (; i > s && e[i - 1] > n; )
    i--;
  return s > 0 || i < e.length ? e.slice(s, i) : e;
}
const ku = [
  "push",
  "pop",
  "shift",
  "splice",
  "unshift"
];
function Im(e, t) {
  if (e._chartjs) {
    e._chartjs.listeners.push(t);
    return;
  }
  Object.defineProperty(e, "_chartjs", {
    configurable: !0,
    enumerable: !1,
    value: {
      listeners: [
        t
      ]
    }
  }), ku.forEach((n) => {
    const s = "_onData" + ca(n), i = e[n];
    Object.defineProperty(e, n, {
      configurable: !0,
      enumerable: !1,
      value(...o) {
        const r = i.apply(this, o);
        return e._chartjs.listeners.forEach((a) => {
          typeof a[s] == "function" && a[s](...o);
        }), r;
      }
    });
  });
}
function Tl(e, t) {
  const n = e._chartjs;
  if (!n)
    return;
  const s = n.listeners, i = s.indexOf(t);
  i !== -1 && s.splice(i, 1), !(s.length > 0) && (ku.forEach((o) => {
    delete e[o];
  }), delete e._chartjs);
}
function Lm(e) {
  const t = new Set(e);
  return t.size === e.length ? e : Array.from(t);
}
const Cu = function() {
  return typeof window > "u" ? function(e) {
    return e();
  } : window.requestAnimationFrame;
}();
function Au(e, t) {
  let n = [], s = !1;
  return function(...i) {
    n = i, s || (s = !0, Cu.call(window, () => {
      s = !1, e.apply(t, n);
    }));
  };
}
function Fm(e, t) {
  let n;
  return function(...s) {
    return t ? (clearTimeout(n), n = setTimeout(e, t, s)) : e.apply(this, s), t;
  };
}
const $m = (e) => e === "start" ? "left" : e === "end" ? "right" : "center", Pl = (e, t, n) => e === "start" ? t : e === "end" ? n : (t + n) / 2, ai = (e) => e === 0 || e === 1, Rl = (e, t, n) => -(Math.pow(2, 10 * (e -= 1)) * Math.sin((e - t) * xt / n)), Vl = (e, t, n) => Math.pow(2, -10 * e) * Math.sin((e - t) * xt / n) + 1, Ts = {
  linear: (e) => e,
  easeInQuad: (e) => e * e,
  easeOutQuad: (e) => -e * (e - 2),
  easeInOutQuad: (e) => (e /= 0.5) < 1 ? 0.5 * e * e : -0.5 * (--e * (e - 2) - 1),
  easeInCubic: (e) => e * e * e,
  easeOutCubic: (e) => (e -= 1) * e * e + 1,
  easeInOutCubic: (e) => (e /= 0.5) < 1 ? 0.5 * e * e * e : 0.5 * ((e -= 2) * e * e + 2),
  easeInQuart: (e) => e * e * e * e,
  easeOutQuart: (e) => -((e -= 1) * e * e * e - 1),
  easeInOutQuart: (e) => (e /= 0.5) < 1 ? 0.5 * e * e * e * e : -0.5 * ((e -= 2) * e * e * e - 2),
  easeInQuint: (e) => e * e * e * e * e,
  easeOutQuint: (e) => (e -= 1) * e * e * e * e + 1,
  easeInOutQuint: (e) => (e /= 0.5) < 1 ? 0.5 * e * e * e * e * e : 0.5 * ((e -= 2) * e * e * e * e + 2),
  easeInSine: (e) => -Math.cos(e * kt) + 1,
  easeOutSine: (e) => Math.sin(e * kt),
  easeInOutSine: (e) => -0.5 * (Math.cos(St * e) - 1),
  easeInExpo: (e) => e === 0 ? 0 : Math.pow(2, 10 * (e - 1)),
  easeOutExpo: (e) => e === 1 ? 1 : -Math.pow(2, -10 * e) + 1,
  easeInOutExpo: (e) => ai(e) ? e : e < 0.5 ? 0.5 * Math.pow(2, 10 * (e * 2 - 1)) : 0.5 * (-Math.pow(2, -10 * (e * 2 - 1)) + 2),
  easeInCirc: (e) => e >= 1 ? e : -(Math.sqrt(1 - e * e) - 1),
  easeOutCirc: (e) => Math.sqrt(1 - (e -= 1) * e),
  easeInOutCirc: (e) => (e /= 0.5) < 1 ? -0.5 * (Math.sqrt(1 - e * e) - 1) : 0.5 * (Math.sqrt(1 - (e -= 2) * e) + 1),
  easeInElastic: (e) => ai(e) ? e : Rl(e, 0.075, 0.3),
  easeOutElastic: (e) => ai(e) ? e : Vl(e, 0.075, 0.3),
  easeInOutElastic(e) {
    return ai(e) ? e : e < 0.5 ? 0.5 * Rl(e * 2, 0.1125, 0.45) : 0.5 + 0.5 * Vl(e * 2 - 1, 0.1125, 0.45);
  },
  easeInBack(e) {
    return e * e * ((1.70158 + 1) * e - 1.70158);
  },
  easeOutBack(e) {
    return (e -= 1) * e * ((1.70158 + 1) * e + 1.70158) + 1;
  },
  easeInOutBack(e) {
    let t = 1.70158;
    return (e /= 0.5) < 1 ? 0.5 * (e * e * (((t *= 1.525) + 1) * e - t)) : 0.5 * ((e -= 2) * e * (((t *= 1.525) + 1) * e + t) + 2);
  },
  easeInBounce: (e) => 1 - Ts.easeOutBounce(1 - e),
  easeOutBounce(e) {
    return e < 1 / 2.75 ? 7.5625 * e * e : e < 2 / 2.75 ? 7.5625 * (e -= 1.5 / 2.75) * e + 0.75 : e < 2.5 / 2.75 ? 7.5625 * (e -= 2.25 / 2.75) * e + 0.9375 : 7.5625 * (e -= 2.625 / 2.75) * e + 0.984375;
  },
  easeInOutBounce: (e) => e < 0.5 ? Ts.easeInBounce(e * 2) * 0.5 : Ts.easeOutBounce(e * 2 - 1) * 0.5 + 0.5
};
function ha(e) {
  if (e && typeof e == "object") {
    const t = e.toString();
    return t === "[object CanvasPattern]" || t === "[object CanvasGradient]";
  }
  return !1;
}
function Il(e) {
  return ha(e) ? e : new Ou(e);
}
function $o(e) {
  return ha(e) ? e : new Ou(e).saturate(0.5).darken(0.1).hexString();
}
const jm = [
  "x",
  "y",
  "borderWidth",
  "radius",
  "tension"
], Bm = [
  "color",
  "borderColor",
  "backgroundColor"
];
function zm(e) {
  e.set("animation", {
    delay: void 0,
    duration: 1e3,
    easing: "easeOutQuart",
    fn: void 0,
    from: void 0,
    loop: void 0,
    to: void 0,
    type: void 0
  }), e.describe("animation", {
    _fallback: !1,
    _indexable: !1,
    _scriptable: (t) => t !== "onProgress" && t !== "onComplete" && t !== "fn"
  }), e.set("animations", {
    colors: {
      type: "color",
      properties: Bm
    },
    numbers: {
      type: "number",
      properties: jm
    }
  }), e.describe("animations", {
    _fallback: "animation"
  }), e.set("transitions", {
    active: {
      animation: {
        duration: 400
      }
    },
    resize: {
      animation: {
        duration: 0
      }
    },
    show: {
      animations: {
        colors: {
          from: "transparent"
        },
        visible: {
          type: "boolean",
          duration: 0
        }
      }
    },
    hide: {
      animations: {
        colors: {
          to: "transparent"
        },
        visible: {
          type: "boolean",
          easing: "linear",
          fn: (t) => t | 0
        }
      }
    }
  });
}
function Hm(e) {
  e.set("layout", {
    autoPadding: !0,
    padding: {
      top: 0,
      right: 0,
      bottom: 0,
      left: 0
    }
  });
}
const Ll = /* @__PURE__ */ new Map();
function Wm(e, t) {
  t = t || {};
  const n = e + JSON.stringify(t);
  let s = Ll.get(n);
  return s || (s = new Intl.NumberFormat(e, t), Ll.set(n, s)), s;
}
function da(e, t, n) {
  return Wm(t, n).format(e);
}
const Ym = {
  values(e) {
    return Pt(e) ? e : "" + e;
  },
  numeric(e, t, n) {
    if (e === 0)
      return "0";
    const s = this.chart.options.locale;
    let i, o = e;
    if (n.length > 1) {
      const c = Math.max(Math.abs(n[0].value), Math.abs(n[n.length - 1].value));
      (c < 1e-4 || c > 1e15) && (i = "scientific"), o = Um(e, n);
    }
    const r = Nu(Math.abs(o)), a = isNaN(r) ? 1 : Math.max(Math.min(-1 * Math.floor(r), 20), 0), l = {
      notation: i,
      minimumFractionDigits: a,
      maximumFractionDigits: a
    };
    return Object.assign(l, this.options.ticks.format), da(e, s, l);
  }
};
function Um(e, t) {
  let n = t.length > 3 ? t[2].value - t[1].value : t[1].value - t[0].value;
  return Math.abs(n) >= 1 && e !== Math.floor(e) && (n = e - Math.floor(e)), n;
}
var Tu = {
  formatters: Ym
};
function Km(e) {
  e.set("scale", {
    display: !0,
    offset: !1,
    reverse: !1,
    beginAtZero: !1,
    bounds: "ticks",
    clip: !0,
    grace: 0,
    grid: {
      display: !0,
      lineWidth: 1,
      drawOnChartArea: !0,
      drawTicks: !0,
      tickLength: 8,
      tickWidth: (t, n) => n.lineWidth,
      tickColor: (t, n) => n.color,
      offset: !1
    },
    border: {
      display: !0,
      dash: [],
      dashOffset: 0,
      width: 1
    },
    title: {
      display: !1,
      text: "",
      padding: {
        top: 4,
        bottom: 4
      }
    },
    ticks: {
      minRotation: 0,
      maxRotation: 50,
      mirror: !1,
      textStrokeWidth: 0,
      textStrokeColor: "",
      padding: 3,
      display: !0,
      autoSkip: !0,
      autoSkipPadding: 3,
      labelOffset: 0,
      callback: Tu.formatters.values,
      minor: {},
      major: {},
      align: "center",
      crossAlign: "near",
      showLabelBackdrop: !1,
      backdropColor: "rgba(255, 255, 255, 0.75)",
      backdropPadding: 2
    }
  }), e.route("scale.ticks", "color", "", "color"), e.route("scale.grid", "color", "", "borderColor"), e.route("scale.border", "color", "", "borderColor"), e.route("scale.title", "color", "", "color"), e.describe("scale", {
    _fallback: !1,
    _scriptable: (t) => !t.startsWith("before") && !t.startsWith("after") && t !== "callback" && t !== "parser",
    _indexable: (t) => t !== "borderDash" && t !== "tickBorderDash" && t !== "dash"
  }), e.describe("scales", {
    _fallback: "scale"
  }), e.describe("scale.ticks", {
    _scriptable: (t) => t !== "backdropPadding" && t !== "callback",
    _indexable: (t) => t !== "backdropPadding"
  });
}
const An = /* @__PURE__ */ Object.create(null), Sr = /* @__PURE__ */ Object.create(null);
function Ps(e, t) {
  if (!t)
    return e;
  const n = t.split(".");
  for (let s = 0, i = n.length; s < i; ++s) {
    const o = n[s];
    e = e[o] || (e[o] = /* @__PURE__ */ Object.create(null));
  }
  return e;
}
function jo(e, t, n) {
  return typeof t == "string" ? js(Ps(e, t), n) : js(Ps(e, ""), t);
}
class Xm {
  constructor(t, n) {
    this.animation = void 0, this.backgroundColor = "rgba(0,0,0,0.1)", this.borderColor = "rgba(0,0,0,0.1)", this.color = "#666", this.datasets = {}, this.devicePixelRatio = (s) => s.chart.platform.getDevicePixelRatio(), this.elements = {}, this.events = [
      "mousemove",
      "mouseout",
      "click",
      "touchstart",
      "touchmove"
    ], this.font = {
      family: "'Helvetica Neue', 'Helvetica', 'Arial', sans-serif",
      size: 12,
      style: "normal",
      lineHeight: 1.2,
      weight: null
    }, this.hover = {}, this.hoverBackgroundColor = (s, i) => $o(i.backgroundColor), this.hoverBorderColor = (s, i) => $o(i.borderColor), this.hoverColor = (s, i) => $o(i.color), this.indexAxis = "x", this.interaction = {
      mode: "nearest",
      intersect: !0,
      includeInvisible: !1
    }, this.maintainAspectRatio = !0, this.onHover = null, this.onClick = null, this.parsing = !0, this.plugins = {}, this.responsive = !0, this.scale = void 0, this.scales = {}, this.showLine = !0, this.drawActiveElementsOnTop = !0, this.describe(t), this.apply(n);
  }
  set(t, n) {
    return jo(this, t, n);
  }
  get(t) {
    return Ps(this, t);
  }
  describe(t, n) {
    return jo(Sr, t, n);
  }
  override(t, n) {
    return jo(An, t, n);
  }
  route(t, n, s, i) {
    const o = Ps(this, t), r = Ps(this, s), a = "_" + n;
    Object.defineProperties(o, {
      [a]: {
        value: o[n],
        writable: !0
      },
      [n]: {
        enumerable: !0,
        get() {
          const l = this[a], c = r[i];
          return ot(l) ? Object.assign({}, c, l) : ct(l, c);
        },
        set(l) {
          this[a] = l;
        }
      }
    });
  }
  apply(t) {
    t.forEach((n) => n(this));
  }
}
var Mt = /* @__PURE__ */ new Xm({
  _scriptable: (e) => !e.startsWith("on"),
  _indexable: (e) => e !== "events",
  hover: {
    _fallback: "interaction"
  },
  interaction: {
    _scriptable: !1,
    _indexable: !1
  }
}, [
  zm,
  Hm,
  Km
]);
function qm(e) {
  return !e || wt(e.size) || wt(e.family) ? null : (e.style ? e.style + " " : "") + (e.weight ? e.weight + " " : "") + e.size + "px " + e.family;
}
function Fl(e, t, n, s, i) {
  let o = t[i];
  return o || (o = t[i] = e.measureText(i).width, n.push(i)), o > s && (s = o), s;
}
function pn(e, t, n) {
  const s = e.currentDevicePixelRatio, i = n !== 0 ? Math.max(n / 2, 0.5) : 0;
  return Math.round((t - i) * s) / s + i;
}
function $l(e, t) {
  !t && !e || (t = t || e.getContext("2d"), t.save(), t.resetTransform(), t.clearRect(0, 0, e.width, e.height), t.restore());
}
function Nr(e, t, n, s) {
  Gm(e, t, n, s);
}
function Gm(e, t, n, s, i) {
  let o, r, a, l, c, f, u, h;
  const d = t.pointStyle, p = t.rotation, g = t.radius;
  let b = (p || 0) * Nm;
  if (d && typeof d == "object" && (o = d.toString(), o === "[object HTMLImageElement]" || o === "[object HTMLCanvasElement]")) {
    e.save(), e.translate(n, s), e.rotate(b), e.drawImage(d, -d.width / 2, -d.height / 2, d.width, d.height), e.restore();
    return;
  }
  if (!(isNaN(g) || g <= 0)) {
    switch (e.beginPath(), d) {
      // Default includes circle
      default:
        e.arc(n, s, g, 0, xt), e.closePath();
        break;
      case "triangle":
        f = g, e.moveTo(n + Math.sin(b) * f, s - Math.cos(b) * g), b += kl, e.lineTo(n + Math.sin(b) * f, s - Math.cos(b) * g), b += kl, e.lineTo(n + Math.sin(b) * f, s - Math.cos(b) * g), e.closePath();
        break;
      case "rectRounded":
        c = g * 0.516, l = g - c, r = Math.cos(b + dn) * l, u = Math.cos(b + dn) * l, a = Math.sin(b + dn) * l, h = Math.sin(b + dn) * l, e.arc(n - u, s - a, c, b - St, b - kt), e.arc(n + h, s - r, c, b - kt, b), e.arc(n + u, s + a, c, b, b + kt), e.arc(n - h, s + r, c, b + kt, b + St), e.closePath();
        break;
      case "rect":
        if (!p) {
          l = Math.SQRT1_2 * g, f = l, e.rect(n - f, s - l, 2 * f, 2 * l);
          break;
        }
        b += dn;
      /* falls through */
      case "rectRot":
        u = Math.cos(b) * g, r = Math.cos(b) * g, a = Math.sin(b) * g, h = Math.sin(b) * g, e.moveTo(n - u, s - a), e.lineTo(n + h, s - r), e.lineTo(n + u, s + a), e.lineTo(n - h, s + r), e.closePath();
        break;
      case "crossRot":
        b += dn;
      /* falls through */
      case "cross":
        u = Math.cos(b) * g, r = Math.cos(b) * g, a = Math.sin(b) * g, h = Math.sin(b) * g, e.moveTo(n - u, s - a), e.lineTo(n + u, s + a), e.moveTo(n + h, s - r), e.lineTo(n - h, s + r);
        break;
      case "star":
        u = Math.cos(b) * g, r = Math.cos(b) * g, a = Math.sin(b) * g, h = Math.sin(b) * g, e.moveTo(n - u, s - a), e.lineTo(n + u, s + a), e.moveTo(n + h, s - r), e.lineTo(n - h, s + r), b += dn, u = Math.cos(b) * g, r = Math.cos(b) * g, a = Math.sin(b) * g, h = Math.sin(b) * g, e.moveTo(n - u, s - a), e.lineTo(n + u, s + a), e.moveTo(n + h, s - r), e.lineTo(n - h, s + r);
        break;
      case "line":
        r = Math.cos(b) * g, a = Math.sin(b) * g, e.moveTo(n - r, s - a), e.lineTo(n + r, s + a);
        break;
      case "dash":
        e.moveTo(n, s), e.lineTo(n + Math.cos(b) * g, s + Math.sin(b) * g);
        break;
      case !1:
        e.closePath();
        break;
    }
    e.fill(), t.borderWidth > 0 && e.stroke();
  }
}
function Hs(e, t, n) {
  return n = n || 0.5, !t || e && e.x > t.left - n && e.x < t.right + n && e.y > t.top - n && e.y < t.bottom + n;
}
function pa(e, t) {
  e.save(), e.beginPath(), e.rect(t.left, t.top, t.right - t.left, t.bottom - t.top), e.clip();
}
function ga(e) {
  e.restore();
}
function Zm(e, t, n, s, i) {
  if (!t)
    return e.lineTo(n.x, n.y);
  if (i === "middle") {
    const o = (t.x + n.x) / 2;
    e.lineTo(o, t.y), e.lineTo(o, n.y);
  } else i === "after" != !!s ? e.lineTo(t.x, n.y) : e.lineTo(n.x, t.y);
  e.lineTo(n.x, n.y);
}
function Jm(e, t, n, s) {
  if (!t)
    return e.lineTo(n.x, n.y);
  e.bezierCurveTo(s ? t.cp1x : t.cp2x, s ? t.cp1y : t.cp2y, s ? n.cp2x : n.cp1x, s ? n.cp2y : n.cp1y, n.x, n.y);
}
function Qm(e, t) {
  t.translation && e.translate(t.translation[0], t.translation[1]), wt(t.rotation) || e.rotate(t.rotation), t.color && (e.fillStyle = t.color), t.textAlign && (e.textAlign = t.textAlign), t.textBaseline && (e.textBaseline = t.textBaseline);
}
function t0(e, t, n, s, i) {
  if (i.strikethrough || i.underline) {
    const o = e.measureText(s), r = t - o.actualBoundingBoxLeft, a = t + o.actualBoundingBoxRight, l = n - o.actualBoundingBoxAscent, c = n + o.actualBoundingBoxDescent, f = i.strikethrough ? (l + c) / 2 : c;
    e.strokeStyle = e.fillStyle, e.beginPath(), e.lineWidth = i.decorationWidth || 2, e.moveTo(r, f), e.lineTo(a, f), e.stroke();
  }
}
function e0(e, t) {
  const n = e.fillStyle;
  e.fillStyle = t.color, e.fillRect(t.left, t.top, t.width, t.height), e.fillStyle = n;
}
function jl(e, t, n, s, i, o = {}) {
  const r = Pt(t) ? t : [
    t
  ], a = o.strokeWidth > 0 && o.strokeColor !== "";
  let l, c;
  for (e.save(), e.font = i.string, Qm(e, o), l = 0; l < r.length; ++l)
    c = r[l], o.backdrop && e0(e, o.backdrop), a && (o.strokeColor && (e.strokeStyle = o.strokeColor), wt(o.strokeWidth) || (e.lineWidth = o.strokeWidth), e.strokeText(c, n, s, o.maxWidth)), e.fillText(c, n, s, o.maxWidth), t0(e, n, s, c, o), s += Number(i.lineHeight);
  e.restore();
}
function Bl(e, t) {
  const { x: n, y: s, w: i, h: o, radius: r } = t;
  e.arc(n + r.topLeft, s + r.topLeft, r.topLeft, 1.5 * St, St, !0), e.lineTo(n, s + o - r.bottomLeft), e.arc(n + r.bottomLeft, s + o - r.bottomLeft, r.bottomLeft, St, kt, !0), e.lineTo(n + i - r.bottomRight, s + o), e.arc(n + i - r.bottomRight, s + o - r.bottomRight, r.bottomRight, kt, 0, !0), e.lineTo(n + i, s + r.topRight), e.arc(n + i - r.topRight, s + r.topRight, r.topRight, 0, -kt, !0), e.lineTo(n + r.topLeft, s);
}
const n0 = /^(normal|(\d+(?:\.\d+)?)(px|em|%)?)$/, s0 = /^(normal|italic|initial|inherit|unset|(oblique( -?[0-9]?[0-9]deg)?))$/;
function i0(e, t) {
  const n = ("" + e).match(n0);
  if (!n || n[1] === "normal")
    return t * 1.2;
  switch (e = +n[2], n[3]) {
    case "px":
      return e;
    case "%":
      e /= 100;
      break;
  }
  return t * e;
}
const o0 = (e) => +e || 0;
function ma(e, t) {
  const n = {}, s = ot(t), i = s ? Object.keys(t) : t, o = ot(e) ? s ? (r) => ct(e[r], e[t[r]]) : (r) => e[r] : () => e;
  for (const r of i)
    n[r] = o0(o(r));
  return n;
}
function r0(e) {
  return ma(e, {
    top: "y",
    right: "x",
    bottom: "y",
    left: "x"
  });
}
function Ti(e) {
  return ma(e, [
    "topLeft",
    "topRight",
    "bottomLeft",
    "bottomRight"
  ]);
}
function rn(e) {
  const t = r0(e);
  return t.width = t.left + t.right, t.height = t.top + t.bottom, t;
}
function ke(e, t) {
  e = e || {}, t = t || Mt.font;
  let n = ct(e.size, t.size);
  typeof n == "string" && (n = parseInt(n, 10));
  let s = ct(e.style, t.style);
  s && !("" + s).match(s0) && (console.warn('Invalid font style specified: "' + s + '"'), s = void 0);
  const i = {
    family: ct(e.family, t.family),
    lineHeight: i0(ct(e.lineHeight, t.lineHeight), n),
    size: n,
    style: s,
    weight: ct(e.weight, t.weight),
    string: ""
  };
  return i.string = qm(i), i;
}
function li(e, t, n, s) {
  let i, o, r;
  for (i = 0, o = e.length; i < o; ++i)
    if (r = e[i], r !== void 0 && r !== void 0)
      return r;
}
function a0(e, t, n) {
  const { min: s, max: i } = e, o = Mu(t, (i - s) / 2), r = (a, l) => n && a === 0 ? 0 : a + l;
  return {
    min: r(s, -Math.abs(o)),
    max: r(i, o)
  };
}
function Tn(e, t) {
  return Object.assign(Object.create(e), t);
}
function ba(e, t = [
  ""
], n, s, i = () => e[0]) {
  const o = n || e;
  typeof s > "u" && (s = Iu("_fallback", e));
  const r = {
    [Symbol.toStringTag]: "Object",
    _cacheable: !0,
    _scopes: e,
    _rootScopes: o,
    _fallback: s,
    _getTarget: i,
    override: (a) => ba([
      a,
      ...e
    ], t, o, s)
  };
  return new Proxy(r, {
    /**
    * A trap for the delete operator.
    */
    deleteProperty(a, l) {
      return delete a[l], delete a._keys, delete e[0][l], !0;
    },
    /**
    * A trap for getting property values.
    */
    get(a, l) {
      return Ru(a, l, () => g0(l, t, e, a));
    },
    /**
    * A trap for Object.getOwnPropertyDescriptor.
    * Also used by Object.hasOwnProperty.
    */
    getOwnPropertyDescriptor(a, l) {
      return Reflect.getOwnPropertyDescriptor(a._scopes[0], l);
    },
    /**
    * A trap for Object.getPrototypeOf.
    */
    getPrototypeOf() {
      return Reflect.getPrototypeOf(e[0]);
    },
    /**
    * A trap for the in operator.
    */
    has(a, l) {
      return Hl(a).includes(l);
    },
    /**
    * A trap for Object.getOwnPropertyNames and Object.getOwnPropertySymbols.
    */
    ownKeys(a) {
      return Hl(a);
    },
    /**
    * A trap for setting property values.
    */
    set(a, l, c) {
      const f = a._storage || (a._storage = i());
      return a[l] = f[l] = c, delete a._keys, !0;
    }
  });
}
function Xn(e, t, n, s) {
  const i = {
    _cacheable: !1,
    _proxy: e,
    _context: t,
    _subProxy: n,
    _stack: /* @__PURE__ */ new Set(),
    _descriptors: Pu(e, s),
    setContext: (o) => Xn(e, o, n, s),
    override: (o) => Xn(e.override(o), t, n, s)
  };
  return new Proxy(i, {
    /**
    * A trap for the delete operator.
    */
    deleteProperty(o, r) {
      return delete o[r], delete e[r], !0;
    },
    /**
    * A trap for getting property values.
    */
    get(o, r, a) {
      return Ru(o, r, () => c0(o, r, a));
    },
    /**
    * A trap for Object.getOwnPropertyDescriptor.
    * Also used by Object.hasOwnProperty.
    */
    getOwnPropertyDescriptor(o, r) {
      return o._descriptors.allKeys ? Reflect.has(e, r) ? {
        enumerable: !0,
        configurable: !0
      } : void 0 : Reflect.getOwnPropertyDescriptor(e, r);
    },
    /**
    * A trap for Object.getPrototypeOf.
    */
    getPrototypeOf() {
      return Reflect.getPrototypeOf(e);
    },
    /**
    * A trap for the in operator.
    */
    has(o, r) {
      return Reflect.has(e, r);
    },
    /**
    * A trap for Object.getOwnPropertyNames and Object.getOwnPropertySymbols.
    */
    ownKeys() {
      return Reflect.ownKeys(e);
    },
    /**
    * A trap for setting property values.
    */
    set(o, r, a) {
      return e[r] = a, delete o[r], !0;
    }
  });
}
function Pu(e, t = {
  scriptable: !0,
  indexable: !0
}) {
  const { _scriptable: n = t.scriptable, _indexable: s = t.indexable, _allKeys: i = t.allKeys } = e;
  return {
    allKeys: i,
    scriptable: n,
    indexable: s,
    isScriptable: on(n) ? n : () => n,
    isIndexable: on(s) ? s : () => s
  };
}
const l0 = (e, t) => e ? e + ca(t) : t, _a = (e, t) => ot(t) && e !== "adapters" && (Object.getPrototypeOf(t) === null || t.constructor === Object);
function Ru(e, t, n) {
  if (Object.prototype.hasOwnProperty.call(e, t) || t === "constructor")
    return e[t];
  const s = n();
  return e[t] = s, s;
}
function c0(e, t, n) {
  const { _proxy: s, _context: i, _subProxy: o, _descriptors: r } = e;
  let a = s[t];
  return on(a) && r.isScriptable(t) && (a = f0(t, a, e, n)), Pt(a) && a.length && (a = u0(t, a, e, r.isIndexable)), _a(t, a) && (a = Xn(a, i, o && o[t], r)), a;
}
function f0(e, t, n, s) {
  const { _proxy: i, _context: o, _subProxy: r, _stack: a } = n;
  if (a.has(e))
    throw new Error("Recursion detected: " + Array.from(a).join("->") + "->" + e);
  a.add(e);
  let l = t(o, r || s);
  return a.delete(e), _a(e, l) && (l = ya(i._scopes, i, e, l)), l;
}
function u0(e, t, n, s) {
  const { _proxy: i, _context: o, _subProxy: r, _descriptors: a } = n;
  if (typeof o.index < "u" && s(e))
    return t[o.index % t.length];
  if (ot(t[0])) {
    const l = t, c = i._scopes.filter((f) => f !== l);
    t = [];
    for (const f of l) {
      const u = ya(c, i, e, f);
      t.push(Xn(u, o, r && r[e], a));
    }
  }
  return t;
}
function Vu(e, t, n) {
  return on(e) ? e(t, n) : e;
}
const h0 = (e, t) => e === !0 ? t : typeof e == "string" ? Bs(t, e) : void 0;
function d0(e, t, n, s, i) {
  for (const o of t) {
    const r = h0(n, o);
    if (r) {
      e.add(r);
      const a = Vu(r._fallback, n, i);
      if (typeof a < "u" && a !== n && a !== s)
        return a;
    } else if (r === !1 && typeof s < "u" && n !== s)
      return null;
  }
  return !1;
}
function ya(e, t, n, s) {
  const i = t._rootScopes, o = Vu(t._fallback, n, s), r = [
    ...e,
    ...i
  ], a = /* @__PURE__ */ new Set();
  a.add(s);
  let l = zl(a, r, n, o || n, s);
  return l === null || typeof o < "u" && o !== n && (l = zl(a, r, o, l, s), l === null) ? !1 : ba(Array.from(a), [
    ""
  ], i, o, () => p0(t, n, s));
}
function zl(e, t, n, s, i) {
  for (; n; )
    n = d0(e, t, n, s, i);
  return n;
}
function p0(e, t, n) {
  const s = e._getTarget();
  t in s || (s[t] = {});
  const i = s[t];
  return Pt(i) && ot(n) ? n : i || {};
}
function g0(e, t, n, s) {
  let i;
  for (const o of t)
    if (i = Iu(l0(o, e), n), typeof i < "u")
      return _a(e, i) ? ya(n, s, e, i) : i;
}
function Iu(e, t) {
  for (const n of t) {
    if (!n)
      continue;
    const s = n[e];
    if (typeof s < "u")
      return s;
  }
}
function Hl(e) {
  let t = e._keys;
  return t || (t = e._keys = m0(e._scopes)), t;
}
function m0(e) {
  const t = /* @__PURE__ */ new Set();
  for (const n of e)
    for (const s of Object.keys(n).filter((i) => !i.startsWith("_")))
      t.add(s);
  return Array.from(t);
}
const b0 = Number.EPSILON || 1e-14, qn = (e, t) => t < e.length && !e[t].skip && e[t], Lu = (e) => e === "x" ? "y" : "x";
function _0(e, t, n, s) {
  const i = e.skip ? t : e, o = t, r = n.skip ? t : n, a = Or(o, i), l = Or(r, o);
  let c = a / (a + l), f = l / (a + l);
  c = isNaN(c) ? 0 : c, f = isNaN(f) ? 0 : f;
  const u = s * c, h = s * f;
  return {
    previous: {
      x: o.x - u * (r.x - i.x),
      y: o.y - u * (r.y - i.y)
    },
    next: {
      x: o.x + h * (r.x - i.x),
      y: o.y + h * (r.y - i.y)
    }
  };
}
function y0(e, t, n) {
  const s = e.length;
  let i, o, r, a, l, c = qn(e, 0);
  for (let f = 0; f < s - 1; ++f)
    if (l = c, c = qn(e, f + 1), !(!l || !c)) {
      if (As(t[f], 0, b0)) {
        n[f] = n[f + 1] = 0;
        continue;
      }
      i = n[f] / t[f], o = n[f + 1] / t[f], a = Math.pow(i, 2) + Math.pow(o, 2), !(a <= 9) && (r = 3 / Math.sqrt(a), n[f] = i * r * t[f], n[f + 1] = o * r * t[f]);
    }
}
function x0(e, t, n = "x") {
  const s = Lu(n), i = e.length;
  let o, r, a, l = qn(e, 0);
  for (let c = 0; c < i; ++c) {
    if (r = a, a = l, l = qn(e, c + 1), !a)
      continue;
    const f = a[n], u = a[s];
    r && (o = (f - r[n]) / 3, a[`cp1${n}`] = f - o, a[`cp1${s}`] = u - o * t[c]), l && (o = (l[n] - f) / 3, a[`cp2${n}`] = f + o, a[`cp2${s}`] = u + o * t[c]);
  }
}
function v0(e, t = "x") {
  const n = Lu(t), s = e.length, i = Array(s).fill(0), o = Array(s);
  let r, a, l, c = qn(e, 0);
  for (r = 0; r < s; ++r)
    if (a = l, l = c, c = qn(e, r + 1), !!l) {
      if (c) {
        const f = c[t] - l[t];
        i[r] = f !== 0 ? (c[n] - l[n]) / f : 0;
      }
      o[r] = a ? c ? Kn(i[r - 1]) !== Kn(i[r]) ? 0 : (i[r - 1] + i[r]) / 2 : i[r - 1] : i[r];
    }
  y0(e, i, o), x0(e, o, t);
}
function ci(e, t, n) {
  return Math.max(Math.min(e, n), t);
}
function w0(e, t) {
  let n, s, i, o, r, a = Hs(e[0], t);
  for (n = 0, s = e.length; n < s; ++n)
    r = o, o = a, a = n < s - 1 && Hs(e[n + 1], t), o && (i = e[n], r && (i.cp1x = ci(i.cp1x, t.left, t.right), i.cp1y = ci(i.cp1y, t.top, t.bottom)), a && (i.cp2x = ci(i.cp2x, t.left, t.right), i.cp2y = ci(i.cp2y, t.top, t.bottom)));
}
function E0(e, t, n, s, i) {
  let o, r, a, l;
  if (t.spanGaps && (e = e.filter((c) => !c.skip)), t.cubicInterpolationMode === "monotone")
    v0(e, i);
  else {
    let c = s ? e[e.length - 1] : e[0];
    for (o = 0, r = e.length; o < r; ++o)
      a = e[o], l = _0(c, a, e[Math.min(o + 1, r - (s ? 0 : 1)) % r], t.tension), a.cp1x = l.previous.x, a.cp1y = l.previous.y, a.cp2x = l.next.x, a.cp2y = l.next.y, c = a;
  }
  t.capBezierPoints && w0(e, n);
}
function xa() {
  return typeof window < "u" && typeof document < "u";
}
function va(e) {
  let t = e.parentNode;
  return t && t.toString() === "[object ShadowRoot]" && (t = t.host), t;
}
function Qi(e, t, n) {
  let s;
  return typeof e == "string" ? (s = parseInt(e, 10), e.indexOf("%") !== -1 && (s = s / 100 * t.parentNode[n])) : s = e, s;
}
const xo = (e) => e.ownerDocument.defaultView.getComputedStyle(e, null);
function O0(e, t) {
  return xo(e).getPropertyValue(t);
}
const M0 = [
  "top",
  "right",
  "bottom",
  "left"
];
function Dn(e, t, n) {
  const s = {};
  n = n ? "-" + n : "";
  for (let i = 0; i < 4; i++) {
    const o = M0[i];
    s[o] = parseFloat(e[t + "-" + o + n]) || 0;
  }
  return s.width = s.left + s.right, s.height = s.top + s.bottom, s;
}
const S0 = (e, t, n) => (e > 0 || t > 0) && (!n || !n.shadowRoot);
function N0(e, t) {
  const n = e.touches, s = n && n.length ? n[0] : e, { offsetX: i, offsetY: o } = s;
  let r = !1, a, l;
  if (S0(i, o, e.target))
    a = i, l = o;
  else {
    const c = t.getBoundingClientRect();
    a = s.clientX - c.left, l = s.clientY - c.top, r = !0;
  }
  return {
    x: a,
    y: l,
    box: r
  };
}
function _n(e, t) {
  if ("native" in e)
    return e;
  const { canvas: n, currentDevicePixelRatio: s } = t, i = xo(n), o = i.boxSizing === "border-box", r = Dn(i, "padding"), a = Dn(i, "border", "width"), { x: l, y: c, box: f } = N0(e, n), u = r.left + (f && a.left), h = r.top + (f && a.top);
  let { width: d, height: p } = t;
  return o && (d -= r.width + a.width, p -= r.height + a.height), {
    x: Math.round((l - u) / d * n.width / s),
    y: Math.round((c - h) / p * n.height / s)
  };
}
function D0(e, t, n) {
  let s, i;
  if (t === void 0 || n === void 0) {
    const o = e && va(e);
    if (!o)
      t = e.clientWidth, n = e.clientHeight;
    else {
      const r = o.getBoundingClientRect(), a = xo(o), l = Dn(a, "border", "width"), c = Dn(a, "padding");
      t = r.width - c.width - l.width, n = r.height - c.height - l.height, s = Qi(a.maxWidth, o, "clientWidth"), i = Qi(a.maxHeight, o, "clientHeight");
    }
  }
  return {
    width: t,
    height: n,
    maxWidth: s || Zi,
    maxHeight: i || Zi
  };
}
const fi = (e) => Math.round(e * 10) / 10;
function k0(e, t, n, s) {
  const i = xo(e), o = Dn(i, "margin"), r = Qi(i.maxWidth, e, "clientWidth") || Zi, a = Qi(i.maxHeight, e, "clientHeight") || Zi, l = D0(e, t, n);
  let { width: c, height: f } = l;
  if (i.boxSizing === "content-box") {
    const h = Dn(i, "border", "width"), d = Dn(i, "padding");
    c -= d.width + h.width, f -= d.height + h.height;
  }
  return c = Math.max(0, c - o.width), f = Math.max(0, s ? c / s : f - o.height), c = fi(Math.min(c, r, l.maxWidth)), f = fi(Math.min(f, a, l.maxHeight)), c && !f && (f = fi(c / 2)), (t !== void 0 || n !== void 0) && s && l.height && f > l.height && (f = l.height, c = fi(Math.floor(f * s))), {
    width: c,
    height: f
  };
}
function Wl(e, t, n) {
  const s = t || 1, i = Math.floor(e.height * s), o = Math.floor(e.width * s);
  e.height = Math.floor(e.height), e.width = Math.floor(e.width);
  const r = e.canvas;
  return r.style && (n || !r.style.height && !r.style.width) && (r.style.height = `${e.height}px`, r.style.width = `${e.width}px`), e.currentDevicePixelRatio !== s || r.height !== i || r.width !== o ? (e.currentDevicePixelRatio = s, r.height = i, r.width = o, e.ctx.setTransform(s, 0, 0, s, 0, 0), !0) : !1;
}
const C0 = function() {
  let e = !1;
  try {
    const t = {
      get passive() {
        return e = !0, !1;
      }
    };
    xa() && (window.addEventListener("test", null, t), window.removeEventListener("test", null, t));
  } catch {
  }
  return e;
}();
function Yl(e, t) {
  const n = O0(e, t), s = n && n.match(/^(\d+)(\.\d+)?px$/);
  return s ? +s[1] : void 0;
}
function yn(e, t, n, s) {
  return {
    x: e.x + n * (t.x - e.x),
    y: e.y + n * (t.y - e.y)
  };
}
function A0(e, t, n, s) {
  return {
    x: e.x + n * (t.x - e.x),
    y: s === "middle" ? n < 0.5 ? e.y : t.y : s === "after" ? n < 1 ? e.y : t.y : n > 0 ? t.y : e.y
  };
}
function T0(e, t, n, s) {
  const i = {
    x: e.cp2x,
    y: e.cp2y
  }, o = {
    x: t.cp1x,
    y: t.cp1y
  }, r = yn(e, i, n), a = yn(i, o, n), l = yn(o, t, n), c = yn(r, a, n), f = yn(a, l, n);
  return yn(c, f, n);
}
const P0 = function(e, t) {
  return {
    x(n) {
      return e + e + t - n;
    },
    setWidth(n) {
      t = n;
    },
    textAlign(n) {
      return n === "center" ? n : n === "right" ? "left" : "right";
    },
    xPlus(n, s) {
      return n - s;
    },
    leftForLtr(n, s) {
      return n - s;
    }
  };
}, R0 = function() {
  return {
    x(e) {
      return e;
    },
    setWidth(e) {
    },
    textAlign(e) {
      return e;
    },
    xPlus(e, t) {
      return e + t;
    },
    leftForLtr(e, t) {
      return e;
    }
  };
};
function Bo(e, t, n) {
  return e ? P0(t, n) : R0();
}
function V0(e, t) {
  let n, s;
  (t === "ltr" || t === "rtl") && (n = e.canvas.style, s = [
    n.getPropertyValue("direction"),
    n.getPropertyPriority("direction")
  ], n.setProperty("direction", t, "important"), e.prevTextDirection = s);
}
function I0(e, t) {
  t !== void 0 && (delete e.prevTextDirection, e.canvas.style.setProperty("direction", t[0], t[1]));
}
function Fu(e) {
  return e === "angle" ? {
    between: zs,
    compare: Tm,
    normalize: Me
  } : {
    between: fa,
    compare: (t, n) => t - n,
    normalize: (t) => t
  };
}
function Ul({ start: e, end: t, count: n, loop: s, style: i }) {
  return {
    start: e % n,
    end: t % n,
    loop: s && (t - e + 1) % n === 0,
    style: i
  };
}
function L0(e, t, n) {
  const { property: s, start: i, end: o } = n, { between: r, normalize: a } = Fu(s), l = t.length;
  let { start: c, end: f, loop: u } = e, h, d;
  if (u) {
    for (c += l, f += l, h = 0, d = l; h < d && r(a(t[c % l][s]), i, o); ++h)
      c--, f--;
    c %= l, f %= l;
  }
  return f < c && (f += l), {
    start: c,
    end: f,
    loop: u,
    style: e.style
  };
}
function $u(e, t, n) {
  if (!n)
    return [
      e
    ];
  const { property: s, start: i, end: o } = n, r = t.length, { compare: a, between: l, normalize: c } = Fu(s), { start: f, end: u, loop: h, style: d } = L0(e, t, n), p = [];
  let g = !1, b = null, _, E, M;
  const D = () => l(i, M, _) && a(i, M) !== 0, w = () => a(o, _) === 0 || l(o, M, _), N = () => g || D(), v = () => !g || w();
  for (let S = f, k = f; S <= u; ++S)
    E = t[S % r], !E.skip && (_ = c(E[s]), _ !== M && (g = l(_, i, o), b === null && N() && (b = a(_, i) === 0 ? S : k), b !== null && v() && (p.push(Ul({
      start: b,
      end: S,
      loop: h,
      count: r,
      style: d
    })), b = null), k = S, M = _));
  return b !== null && p.push(Ul({
    start: b,
    end: u,
    loop: h,
    count: r,
    style: d
  })), p;
}
function ju(e, t) {
  const n = [], s = e.segments;
  for (let i = 0; i < s.length; i++) {
    const o = $u(s[i], e.points, t);
    o.length && n.push(...o);
  }
  return n;
}
function F0(e, t, n, s) {
  let i = 0, o = t - 1;
  if (n && !s)
    for (; i < t && !e[i].skip; )
      i++;
  for (; i < t && e[i].skip; )
    i++;
  for (i %= t, n && (o += i); o > i && e[o % t].skip; )
    o--;
  return o %= t, {
    start: i,
    end: o
  };
}
function $0(e, t, n, s) {
  const i = e.length, o = [];
  let r = t, a = e[t], l;
  for (l = t + 1; l <= n; ++l) {
    const c = e[l % i];
    c.skip || c.stop ? a.skip || (s = !1, o.push({
      start: t % i,
      end: (l - 1) % i,
      loop: s
    }), t = r = c.stop ? l : null) : (r = l, a.skip && (t = l)), a = c;
  }
  return r !== null && o.push({
    start: t % i,
    end: r % i,
    loop: s
  }), o;
}
function j0(e, t) {
  const n = e.points, s = e.options.spanGaps, i = n.length;
  if (!i)
    return [];
  const o = !!e._loop, { start: r, end: a } = F0(n, i, o, s);
  if (s === !0)
    return Kl(e, [
      {
        start: r,
        end: a,
        loop: o
      }
    ], n, t);
  const l = a < r ? a + i : a, c = !!e._fullLoop && r === 0 && a === i - 1;
  return Kl(e, $0(n, r, l, c), n, t);
}
function Kl(e, t, n, s) {
  return !s || !s.setContext || !n ? t : B0(e, t, n, s);
}
function B0(e, t, n, s) {
  const i = e._chart.getContext(), o = Xl(e.options), { _datasetIndex: r, options: { spanGaps: a } } = e, l = n.length, c = [];
  let f = o, u = t[0].start, h = u;
  function d(p, g, b, _) {
    const E = a ? -1 : 1;
    if (p !== g) {
      for (p += l; n[p % l].skip; )
        p -= E;
      for (; n[g % l].skip; )
        g += E;
      p % l !== g % l && (c.push({
        start: p % l,
        end: g % l,
        loop: b,
        style: _
      }), f = _, u = g % l);
    }
  }
  for (const p of t) {
    u = a ? u : p.start;
    let g = n[u % l], b;
    for (h = u + 1; h <= p.end; h++) {
      const _ = n[h % l];
      b = Xl(s.setContext(Tn(i, {
        type: "segment",
        p0: g,
        p1: _,
        p0DataIndex: (h - 1) % l,
        p1DataIndex: h % l,
        datasetIndex: r
      }))), z0(b, f) && d(u, h - 1, p.loop, f), g = _, f = b;
    }
    u < h - 1 && d(u, h - 1, p.loop, f);
  }
  return c;
}
function Xl(e) {
  return {
    backgroundColor: e.backgroundColor,
    borderCapStyle: e.borderCapStyle,
    borderDash: e.borderDash,
    borderDashOffset: e.borderDashOffset,
    borderJoinStyle: e.borderJoinStyle,
    borderWidth: e.borderWidth,
    borderColor: e.borderColor
  };
}
function z0(e, t) {
  if (!t)
    return !1;
  const n = [], s = function(i, o) {
    return ha(o) ? (n.includes(o) || n.push(o), n.indexOf(o)) : o;
  };
  return JSON.stringify(e, s) !== JSON.stringify(t, s);
}
/*!
 * Chart.js v4.4.7
 * https://www.chartjs.org
 * (c) 2024 Chart.js Contributors
 * Released under the MIT License
 */
class H0 {
  constructor() {
    this._request = null, this._charts = /* @__PURE__ */ new Map(), this._running = !1, this._lastDate = void 0;
  }
  _notify(t, n, s, i) {
    const o = n.listeners[i], r = n.duration;
    o.forEach((a) => a({
      chart: t,
      initial: n.initial,
      numSteps: r,
      currentStep: Math.min(s - n.start, r)
    }));
  }
  _refresh() {
    this._request || (this._running = !0, this._request = Cu.call(window, () => {
      this._update(), this._request = null, this._running && this._refresh();
    }));
  }
  _update(t = Date.now()) {
    let n = 0;
    this._charts.forEach((s, i) => {
      if (!s.running || !s.items.length)
        return;
      const o = s.items;
      let r = o.length - 1, a = !1, l;
      for (; r >= 0; --r)
        l = o[r], l._active ? (l._total > s.duration && (s.duration = l._total), l.tick(t), a = !0) : (o[r] = o[o.length - 1], o.pop());
      a && (i.draw(), this._notify(i, s, t, "progress")), o.length || (s.running = !1, this._notify(i, s, t, "complete"), s.initial = !1), n += o.length;
    }), this._lastDate = t, n === 0 && (this._running = !1);
  }
  _getAnims(t) {
    const n = this._charts;
    let s = n.get(t);
    return s || (s = {
      running: !1,
      initial: !0,
      items: [],
      listeners: {
        complete: [],
        progress: []
      }
    }, n.set(t, s)), s;
  }
  listen(t, n, s) {
    this._getAnims(t).listeners[n].push(s);
  }
  add(t, n) {
    !n || !n.length || this._getAnims(t).items.push(...n);
  }
  has(t) {
    return this._getAnims(t).items.length > 0;
  }
  start(t) {
    const n = this._charts.get(t);
    n && (n.running = !0, n.start = Date.now(), n.duration = n.items.reduce((s, i) => Math.max(s, i._duration), 0), this._refresh());
  }
  running(t) {
    if (!this._running)
      return !1;
    const n = this._charts.get(t);
    return !(!n || !n.running || !n.items.length);
  }
  stop(t) {
    const n = this._charts.get(t);
    if (!n || !n.items.length)
      return;
    const s = n.items;
    let i = s.length - 1;
    for (; i >= 0; --i)
      s[i].cancel();
    n.items = [], this._notify(t, n, Date.now(), "complete");
  }
  remove(t) {
    return this._charts.delete(t);
  }
}
var Fe = /* @__PURE__ */ new H0();
const ql = "transparent", W0 = {
  boolean(e, t, n) {
    return n > 0.5 ? t : e;
  },
  color(e, t, n) {
    const s = Il(e || ql), i = s.valid && Il(t || ql);
    return i && i.valid ? i.mix(s, n).hexString() : t;
  },
  number(e, t, n) {
    return e + (t - e) * n;
  }
};
class Y0 {
  constructor(t, n, s, i) {
    const o = n[s];
    i = li([
      t.to,
      i,
      o,
      t.from
    ]);
    const r = li([
      t.from,
      o,
      i
    ]);
    this._active = !0, this._fn = t.fn || W0[t.type || typeof r], this._easing = Ts[t.easing] || Ts.linear, this._start = Math.floor(Date.now() + (t.delay || 0)), this._duration = this._total = Math.floor(t.duration), this._loop = !!t.loop, this._target = n, this._prop = s, this._from = r, this._to = i, this._promises = void 0;
  }
  active() {
    return this._active;
  }
  update(t, n, s) {
    if (this._active) {
      this._notify(!1);
      const i = this._target[this._prop], o = s - this._start, r = this._duration - o;
      this._start = s, this._duration = Math.floor(Math.max(r, t.duration)), this._total += o, this._loop = !!t.loop, this._to = li([
        t.to,
        n,
        i,
        t.from
      ]), this._from = li([
        t.from,
        i,
        n
      ]);
    }
  }
  cancel() {
    this._active && (this.tick(Date.now()), this._active = !1, this._notify(!1));
  }
  tick(t) {
    const n = t - this._start, s = this._duration, i = this._prop, o = this._from, r = this._loop, a = this._to;
    let l;
    if (this._active = o !== a && (r || n < s), !this._active) {
      this._target[i] = a, this._notify(!0);
      return;
    }
    if (n < 0) {
      this._target[i] = o;
      return;
    }
    l = n / s % 2, l = r && l > 1 ? 2 - l : l, l = this._easing(Math.min(1, Math.max(0, l))), this._target[i] = this._fn(o, a, l);
  }
  wait() {
    const t = this._promises || (this._promises = []);
    return new Promise((n, s) => {
      t.push({
        res: n,
        rej: s
      });
    });
  }
  _notify(t) {
    const n = t ? "res" : "rej", s = this._promises || [];
    for (let i = 0; i < s.length; i++)
      s[i][n]();
  }
}
class Bu {
  constructor(t, n) {
    this._chart = t, this._properties = /* @__PURE__ */ new Map(), this.configure(n);
  }
  configure(t) {
    if (!ot(t))
      return;
    const n = Object.keys(Mt.animation), s = this._properties;
    Object.getOwnPropertyNames(t).forEach((i) => {
      const o = t[i];
      if (!ot(o))
        return;
      const r = {};
      for (const a of n)
        r[a] = o[a];
      (Pt(o.properties) && o.properties || [
        i
      ]).forEach((a) => {
        (a === i || !s.has(a)) && s.set(a, r);
      });
    });
  }
  _animateOptions(t, n) {
    const s = n.options, i = K0(t, s);
    if (!i)
      return [];
    const o = this._createAnimations(i, s);
    return s.$shared && U0(t.options.$animations, s).then(() => {
      t.options = s;
    }, () => {
    }), o;
  }
  _createAnimations(t, n) {
    const s = this._properties, i = [], o = t.$animations || (t.$animations = {}), r = Object.keys(n), a = Date.now();
    let l;
    for (l = r.length - 1; l >= 0; --l) {
      const c = r[l];
      if (c.charAt(0) === "$")
        continue;
      if (c === "options") {
        i.push(...this._animateOptions(t, n));
        continue;
      }
      const f = n[c];
      let u = o[c];
      const h = s.get(c);
      if (u)
        if (h && u.active()) {
          u.update(h, f, a);
          continue;
        } else
          u.cancel();
      if (!h || !h.duration) {
        t[c] = f;
        continue;
      }
      o[c] = u = new Y0(h, t, c, f), i.push(u);
    }
    return i;
  }
  update(t, n) {
    if (this._properties.size === 0) {
      Object.assign(t, n);
      return;
    }
    const s = this._createAnimations(t, n);
    if (s.length)
      return Fe.add(this._chart, s), !0;
  }
}
function U0(e, t) {
  const n = [], s = Object.keys(t);
  for (let i = 0; i < s.length; i++) {
    const o = e[s[i]];
    o && o.active() && n.push(o.wait());
  }
  return Promise.all(n);
}
function K0(e, t) {
  if (!t)
    return;
  let n = e.options;
  if (!n) {
    e.options = t;
    return;
  }
  return n.$shared && (e.options = n = Object.assign({}, n, {
    $shared: !1,
    $animations: {}
  })), n;
}
function Gl(e, t) {
  const n = e && e.options || {}, s = n.reverse, i = n.min === void 0 ? t : 0, o = n.max === void 0 ? t : 0;
  return {
    start: s ? o : i,
    end: s ? i : o
  };
}
function X0(e, t, n) {
  if (n === !1)
    return !1;
  const s = Gl(e, n), i = Gl(t, n);
  return {
    top: i.end,
    right: s.end,
    bottom: i.start,
    left: s.start
  };
}
function q0(e) {
  let t, n, s, i;
  return ot(e) ? (t = e.top, n = e.right, s = e.bottom, i = e.left) : t = n = s = i = e, {
    top: t,
    right: n,
    bottom: s,
    left: i,
    disabled: e === !1
  };
}
function zu(e, t) {
  const n = [], s = e._getSortedDatasetMetas(t);
  let i, o;
  for (i = 0, o = s.length; i < o; ++i)
    n.push(s[i].index);
  return n;
}
function Zl(e, t, n, s = {}) {
  const i = e.keys, o = s.mode === "single";
  let r, a, l, c;
  if (t === null)
    return;
  let f = !1;
  for (r = 0, a = i.length; r < a; ++r) {
    if (l = +i[r], l === n) {
      if (f = !0, s.all)
        continue;
      break;
    }
    c = e.values[l], It(c) && (o || t === 0 || Kn(t) === Kn(c)) && (t += c);
  }
  return !f && !s.all ? 0 : t;
}
function G0(e, t) {
  const { iScale: n, vScale: s } = t, i = n.axis === "x" ? "x" : "y", o = s.axis === "x" ? "x" : "y", r = Object.keys(e), a = new Array(r.length);
  let l, c, f;
  for (l = 0, c = r.length; l < c; ++l)
    f = r[l], a[l] = {
      [i]: f,
      [o]: e[f]
    };
  return a;
}
function zo(e, t) {
  const n = e && e.options.stacked;
  return n || n === void 0 && t.stack !== void 0;
}
function Z0(e, t, n) {
  return `${e.id}.${t.id}.${n.stack || n.type}`;
}
function J0(e) {
  const { min: t, max: n, minDefined: s, maxDefined: i } = e.getUserBounds();
  return {
    min: s ? t : Number.NEGATIVE_INFINITY,
    max: i ? n : Number.POSITIVE_INFINITY
  };
}
function Q0(e, t, n) {
  const s = e[t] || (e[t] = {});
  return s[n] || (s[n] = {});
}
function Jl(e, t, n, s) {
  for (const i of t.getMatchingVisibleMetas(s).reverse()) {
    const o = e[i.index];
    if (n && o > 0 || !n && o < 0)
      return i.index;
  }
  return null;
}
function Ql(e, t) {
  const { chart: n, _cachedMeta: s } = e, i = n._stacks || (n._stacks = {}), { iScale: o, vScale: r, index: a } = s, l = o.axis, c = r.axis, f = Z0(o, r, s), u = t.length;
  let h;
  for (let d = 0; d < u; ++d) {
    const p = t[d], { [l]: g, [c]: b } = p, _ = p._stacks || (p._stacks = {});
    h = _[c] = Q0(i, f, g), h[a] = b, h._top = Jl(h, r, !0, s.type), h._bottom = Jl(h, r, !1, s.type);
    const E = h._visualValues || (h._visualValues = {});
    E[a] = b;
  }
}
function Ho(e, t) {
  const n = e.scales;
  return Object.keys(n).filter((s) => n[s].axis === t).shift();
}
function tb(e, t) {
  return Tn(e, {
    active: !1,
    dataset: void 0,
    datasetIndex: t,
    index: t,
    mode: "default",
    type: "dataset"
  });
}
function eb(e, t, n) {
  return Tn(e, {
    active: !1,
    dataIndex: t,
    parsed: void 0,
    raw: void 0,
    element: n,
    index: t,
    mode: "default",
    type: "data"
  });
}
function hs(e, t) {
  const n = e.controller.index, s = e.vScale && e.vScale.axis;
  if (s) {
    t = t || e._parsed;
    for (const i of t) {
      const o = i._stacks;
      if (!o || o[s] === void 0 || o[s][n] === void 0)
        return;
      delete o[s][n], o[s]._visualValues !== void 0 && o[s]._visualValues[n] !== void 0 && delete o[s]._visualValues[n];
    }
  }
}
const Wo = (e) => e === "reset" || e === "none", tc = (e, t) => t ? e : Object.assign({}, e), nb = (e, t, n) => e && !t.hidden && t._stacked && {
  keys: zu(n, !0),
  values: null
};
class Rs {
  constructor(t, n) {
    this.chart = t, this._ctx = t.ctx, this.index = n, this._cachedDataOpts = {}, this._cachedMeta = this.getMeta(), this._type = this._cachedMeta.type, this.options = void 0, this._parsing = !1, this._data = void 0, this._objectData = void 0, this._sharedOptions = void 0, this._drawStart = void 0, this._drawCount = void 0, this.enableOptionSharing = !1, this.supportsDecimation = !1, this.$context = void 0, this._syncList = [], this.datasetElementType = new.target.datasetElementType, this.dataElementType = new.target.dataElementType, this.initialize();
  }
  initialize() {
    const t = this._cachedMeta;
    this.configure(), this.linkScales(), t._stacked = zo(t.vScale, t), this.addElements(), this.options.fill && !this.chart.isPluginEnabled("filler") && console.warn("Tried to use the 'fill' option without the 'Filler' plugin enabled. Please import and register the 'Filler' plugin and make sure it is not disabled in the options");
  }
  updateIndex(t) {
    this.index !== t && hs(this._cachedMeta), this.index = t;
  }
  linkScales() {
    const t = this.chart, n = this._cachedMeta, s = this.getDataset(), i = (u, h, d, p) => u === "x" ? h : u === "r" ? p : d, o = n.xAxisID = ct(s.xAxisID, Ho(t, "x")), r = n.yAxisID = ct(s.yAxisID, Ho(t, "y")), a = n.rAxisID = ct(s.rAxisID, Ho(t, "r")), l = n.indexAxis, c = n.iAxisID = i(l, o, r, a), f = n.vAxisID = i(l, r, o, a);
    n.xScale = this.getScaleForId(o), n.yScale = this.getScaleForId(r), n.rScale = this.getScaleForId(a), n.iScale = this.getScaleForId(c), n.vScale = this.getScaleForId(f);
  }
  getDataset() {
    return this.chart.data.datasets[this.index];
  }
  getMeta() {
    return this.chart.getDatasetMeta(this.index);
  }
  getScaleForId(t) {
    return this.chart.scales[t];
  }
  _getOtherScale(t) {
    const n = this._cachedMeta;
    return t === n.iScale ? n.vScale : n.iScale;
  }
  reset() {
    this._update("reset");
  }
  _destroy() {
    const t = this._cachedMeta;
    this._data && Tl(this._data, this), t._stacked && hs(t);
  }
  _dataCheck() {
    const t = this.getDataset(), n = t.data || (t.data = []), s = this._data;
    if (ot(n)) {
      const i = this._cachedMeta;
      this._data = G0(n, i);
    } else if (s !== n) {
      if (s) {
        Tl(s, this);
        const i = this._cachedMeta;
        hs(i), i._parsed = [];
      }
      n && Object.isExtensible(n) && Im(n, this), this._syncList = [], this._data = n;
    }
  }
  addElements() {
    const t = this._cachedMeta;
    this._dataCheck(), this.datasetElementType && (t.dataset = new this.datasetElementType());
  }
  buildOrUpdateElements(t) {
    const n = this._cachedMeta, s = this.getDataset();
    let i = !1;
    this._dataCheck();
    const o = n._stacked;
    n._stacked = zo(n.vScale, n), n.stack !== s.stack && (i = !0, hs(n), n.stack = s.stack), this._resyncElements(t), (i || o !== n._stacked) && (Ql(this, n._parsed), n._stacked = zo(n.vScale, n));
  }
  configure() {
    const t = this.chart.config, n = t.datasetScopeKeys(this._type), s = t.getOptionScopes(this.getDataset(), n, !0);
    this.options = t.createResolver(s, this.getContext()), this._parsing = this.options.parsing, this._cachedDataOpts = {};
  }
  parse(t, n) {
    const { _cachedMeta: s, _data: i } = this, { iScale: o, _stacked: r } = s, a = o.axis;
    let l = t === 0 && n === i.length ? !0 : s._sorted, c = t > 0 && s._parsed[t - 1], f, u, h;
    if (this._parsing === !1)
      s._parsed = i, s._sorted = !0, h = i;
    else {
      Pt(i[t]) ? h = this.parseArrayData(s, i, t, n) : ot(i[t]) ? h = this.parseObjectData(s, i, t, n) : h = this.parsePrimitiveData(s, i, t, n);
      const d = () => u[a] === null || c && u[a] < c[a];
      for (f = 0; f < n; ++f)
        s._parsed[f + t] = u = h[f], l && (d() && (l = !1), c = u);
      s._sorted = l;
    }
    r && Ql(this, h);
  }
  parsePrimitiveData(t, n, s, i) {
    const { iScale: o, vScale: r } = t, a = o.axis, l = r.axis, c = o.getLabels(), f = o === r, u = new Array(i);
    let h, d, p;
    for (h = 0, d = i; h < d; ++h)
      p = h + s, u[h] = {
        [a]: f || o.parse(c[p], p),
        [l]: r.parse(n[p], p)
      };
    return u;
  }
  parseArrayData(t, n, s, i) {
    const { xScale: o, yScale: r } = t, a = new Array(i);
    let l, c, f, u;
    for (l = 0, c = i; l < c; ++l)
      f = l + s, u = n[f], a[l] = {
        x: o.parse(u[0], f),
        y: r.parse(u[1], f)
      };
    return a;
  }
  parseObjectData(t, n, s, i) {
    const { xScale: o, yScale: r } = t, { xAxisKey: a = "x", yAxisKey: l = "y" } = this._parsing, c = new Array(i);
    let f, u, h, d;
    for (f = 0, u = i; f < u; ++f)
      h = f + s, d = n[h], c[f] = {
        x: o.parse(Bs(d, a), h),
        y: r.parse(Bs(d, l), h)
      };
    return c;
  }
  getParsed(t) {
    return this._cachedMeta._parsed[t];
  }
  getDataElement(t) {
    return this._cachedMeta.data[t];
  }
  applyStack(t, n, s) {
    const i = this.chart, o = this._cachedMeta, r = n[t.axis], a = {
      keys: zu(i, !0),
      values: n._stacks[t.axis]._visualValues
    };
    return Zl(a, r, o.index, {
      mode: s
    });
  }
  updateRangeFromParsed(t, n, s, i) {
    const o = s[n.axis];
    let r = o === null ? NaN : o;
    const a = i && s._stacks[n.axis];
    i && a && (i.values = a, r = Zl(i, o, this._cachedMeta.index)), t.min = Math.min(t.min, r), t.max = Math.max(t.max, r);
  }
  getMinMax(t, n) {
    const s = this._cachedMeta, i = s._parsed, o = s._sorted && t === s.iScale, r = i.length, a = this._getOtherScale(t), l = nb(n, s, this.chart), c = {
      min: Number.POSITIVE_INFINITY,
      max: Number.NEGATIVE_INFINITY
    }, { min: f, max: u } = J0(a);
    let h, d;
    function p() {
      d = i[h];
      const g = d[a.axis];
      return !It(d[t.axis]) || f > g || u < g;
    }
    for (h = 0; h < r && !(!p() && (this.updateRangeFromParsed(c, t, d, l), o)); ++h)
      ;
    if (o) {
      for (h = r - 1; h >= 0; --h)
        if (!p()) {
          this.updateRangeFromParsed(c, t, d, l);
          break;
        }
    }
    return c;
  }
  getAllParsedValues(t) {
    const n = this._cachedMeta._parsed, s = [];
    let i, o, r;
    for (i = 0, o = n.length; i < o; ++i)
      r = n[i][t.axis], It(r) && s.push(r);
    return s;
  }
  getMaxOverflow() {
    return !1;
  }
  getLabelAndValue(t) {
    const n = this._cachedMeta, s = n.iScale, i = n.vScale, o = this.getParsed(t);
    return {
      label: s ? "" + s.getLabelForValue(o[s.axis]) : "",
      value: i ? "" + i.getLabelForValue(o[i.axis]) : ""
    };
  }
  _update(t) {
    const n = this._cachedMeta;
    this.update(t || "default"), n._clip = q0(ct(this.options.clip, X0(n.xScale, n.yScale, this.getMaxOverflow())));
  }
  update(t) {
  }
  draw() {
    const t = this._ctx, n = this.chart, s = this._cachedMeta, i = s.data || [], o = n.chartArea, r = [], a = this._drawStart || 0, l = this._drawCount || i.length - a, c = this.options.drawActiveElementsOnTop;
    let f;
    for (s.dataset && s.dataset.draw(t, o, a, l), f = a; f < a + l; ++f) {
      const u = i[f];
      u.hidden || (u.active && c ? r.push(u) : u.draw(t, o));
    }
    for (f = 0; f < r.length; ++f)
      r[f].draw(t, o);
  }
  getStyle(t, n) {
    const s = n ? "active" : "default";
    return t === void 0 && this._cachedMeta.dataset ? this.resolveDatasetElementOptions(s) : this.resolveDataElementOptions(t || 0, s);
  }
  getContext(t, n, s) {
    const i = this.getDataset();
    let o;
    if (t >= 0 && t < this._cachedMeta.data.length) {
      const r = this._cachedMeta.data[t];
      o = r.$context || (r.$context = eb(this.getContext(), t, r)), o.parsed = this.getParsed(t), o.raw = i.data[t], o.index = o.dataIndex = t;
    } else
      o = this.$context || (this.$context = tb(this.chart.getContext(), this.index)), o.dataset = i, o.index = o.datasetIndex = this.index;
    return o.active = !!n, o.mode = s, o;
  }
  resolveDatasetElementOptions(t) {
    return this._resolveElementOptions(this.datasetElementType.id, t);
  }
  resolveDataElementOptions(t, n) {
    return this._resolveElementOptions(this.dataElementType.id, n, t);
  }
  _resolveElementOptions(t, n = "default", s) {
    const i = n === "active", o = this._cachedDataOpts, r = t + "-" + n, a = o[r], l = this.enableOptionSharing && Gi(s);
    if (a)
      return tc(a, l);
    const c = this.chart.config, f = c.datasetElementScopeKeys(this._type, t), u = i ? [
      `${t}Hover`,
      "hover",
      t,
      ""
    ] : [
      t,
      ""
    ], h = c.getOptionScopes(this.getDataset(), f), d = Object.keys(Mt.elements[t]), p = () => this.getContext(s, i, n), g = c.resolveNamedOptions(h, d, p, u);
    return g.$shared && (g.$shared = l, o[r] = Object.freeze(tc(g, l))), g;
  }
  _resolveAnimations(t, n, s) {
    const i = this.chart, o = this._cachedDataOpts, r = `animation-${n}`, a = o[r];
    if (a)
      return a;
    let l;
    if (i.options.animation !== !1) {
      const f = this.chart.config, u = f.datasetAnimationScopeKeys(this._type, n), h = f.getOptionScopes(this.getDataset(), u);
      l = f.createResolver(h, this.getContext(t, s, n));
    }
    const c = new Bu(i, l && l.animations);
    return l && l._cacheable && (o[r] = Object.freeze(c)), c;
  }
  getSharedOptions(t) {
    if (t.$shared)
      return this._sharedOptions || (this._sharedOptions = Object.assign({}, t));
  }
  includeOptions(t, n) {
    return !n || Wo(t) || this.chart._animationsDisabled;
  }
  _getSharedOptions(t, n) {
    const s = this.resolveDataElementOptions(t, n), i = this._sharedOptions, o = this.getSharedOptions(s), r = this.includeOptions(n, o) || o !== i;
    return this.updateSharedOptions(o, n, s), {
      sharedOptions: o,
      includeOptions: r
    };
  }
  updateElement(t, n, s, i) {
    Wo(i) ? Object.assign(t, s) : this._resolveAnimations(n, i).update(t, s);
  }
  updateSharedOptions(t, n, s) {
    t && !Wo(n) && this._resolveAnimations(void 0, n).update(t, s);
  }
  _setStyle(t, n, s, i) {
    t.active = i;
    const o = this.getStyle(n, i);
    this._resolveAnimations(n, s, i).update(t, {
      options: !i && this.getSharedOptions(o) || o
    });
  }
  removeHoverStyle(t, n, s) {
    this._setStyle(t, s, "active", !1);
  }
  setHoverStyle(t, n, s) {
    this._setStyle(t, s, "active", !0);
  }
  _removeDatasetHoverStyle() {
    const t = this._cachedMeta.dataset;
    t && this._setStyle(t, void 0, "active", !1);
  }
  _setDatasetHoverStyle() {
    const t = this._cachedMeta.dataset;
    t && this._setStyle(t, void 0, "active", !0);
  }
  _resyncElements(t) {
    const n = this._data, s = this._cachedMeta.data;
    for (const [a, l, c] of this._syncList)
      this[a](l, c);
    this._syncList = [];
    const i = s.length, o = n.length, r = Math.min(o, i);
    r && this.parse(0, r), o > i ? this._insertElements(i, o - i, t) : o < i && this._removeElements(o, i - o);
  }
  _insertElements(t, n, s = !0) {
    const i = this._cachedMeta, o = i.data, r = t + n;
    let a;
    const l = (c) => {
      for (c.length += n, a = c.length - 1; a >= r; a--)
        c[a] = c[a - n];
    };
    for (l(o), a = t; a < r; ++a)
      o[a] = new this.dataElementType();
    this._parsing && l(i._parsed), this.parse(t, n), s && this.updateElements(o, t, n, "reset");
  }
  updateElements(t, n, s, i) {
  }
  _removeElements(t, n) {
    const s = this._cachedMeta;
    if (this._parsing) {
      const i = s._parsed.splice(t, n);
      s._stacked && hs(s, i);
    }
    s.data.splice(t, n);
  }
  _sync(t) {
    if (this._parsing)
      this._syncList.push(t);
    else {
      const [n, s, i] = t;
      this[n](s, i);
    }
    this.chart._dataChanges.push([
      this.index,
      ...t
    ]);
  }
  _onDataPush() {
    const t = arguments.length;
    this._sync([
      "_insertElements",
      this.getDataset().data.length - t,
      t
    ]);
  }
  _onDataPop() {
    this._sync([
      "_removeElements",
      this._cachedMeta.data.length - 1,
      1
    ]);
  }
  _onDataShift() {
    this._sync([
      "_removeElements",
      0,
      1
    ]);
  }
  _onDataSplice(t, n) {
    n && this._sync([
      "_removeElements",
      t,
      n
    ]);
    const s = arguments.length - 2;
    s && this._sync([
      "_insertElements",
      t,
      s
    ]);
  }
  _onDataUnshift() {
    this._sync([
      "_insertElements",
      0,
      arguments.length
    ]);
  }
}
W(Rs, "defaults", {}), W(Rs, "datasetElementType", null), W(Rs, "dataElementType", null);
function sb(e, t, n) {
  let s = 1, i = 1, o = 0, r = 0;
  if (t < xt) {
    const a = e, l = a + t, c = Math.cos(a), f = Math.sin(a), u = Math.cos(l), h = Math.sin(l), d = (M, D, w) => zs(M, a, l, !0) ? 1 : Math.max(D, D * n, w, w * n), p = (M, D, w) => zs(M, a, l, !0) ? -1 : Math.min(D, D * n, w, w * n), g = d(0, c, u), b = d(kt, f, h), _ = p(St, c, u), E = p(St + kt, f, h);
    s = (g - _) / 2, i = (b - E) / 2, o = -(g + _) / 2, r = -(b + E) / 2;
  }
  return {
    ratioX: s,
    ratioY: i,
    offsetX: o,
    offsetY: r
  };
}
class Hn extends Rs {
  constructor(t, n) {
    super(t, n), this.enableOptionSharing = !0, this.innerRadius = void 0, this.outerRadius = void 0, this.offsetX = void 0, this.offsetY = void 0;
  }
  linkScales() {
  }
  parse(t, n) {
    const s = this.getDataset().data, i = this._cachedMeta;
    if (this._parsing === !1)
      i._parsed = s;
    else {
      let o = (l) => +s[l];
      if (ot(s[t])) {
        const { key: l = "value" } = this._parsing;
        o = (c) => +Bs(s[c], l);
      }
      let r, a;
      for (r = t, a = t + n; r < a; ++r)
        i._parsed[r] = o(r);
    }
  }
  _getRotation() {
    return He(this.options.rotation - 90);
  }
  _getCircumference() {
    return He(this.options.circumference);
  }
  _getRotationExtents() {
    let t = xt, n = -xt;
    for (let s = 0; s < this.chart.data.datasets.length; ++s)
      if (this.chart.isDatasetVisible(s) && this.chart.getDatasetMeta(s).type === this._type) {
        const i = this.chart.getDatasetMeta(s).controller, o = i._getRotation(), r = i._getCircumference();
        t = Math.min(t, o), n = Math.max(n, o + r);
      }
    return {
      rotation: t,
      circumference: n - t
    };
  }
  update(t) {
    const n = this.chart, { chartArea: s } = n, i = this._cachedMeta, o = i.data, r = this.getMaxBorderWidth() + this.getMaxOffset(o) + this.options.spacing, a = Math.max((Math.min(s.width, s.height) - r) / 2, 0), l = Math.min(xm(this.options.cutout, a), 1), c = this._getRingWeight(this.index), { circumference: f, rotation: u } = this._getRotationExtents(), { ratioX: h, ratioY: d, offsetX: p, offsetY: g } = sb(u, f, l), b = (s.width - r) / h, _ = (s.height - r) / d, E = Math.max(Math.min(b, _) / 2, 0), M = Mu(this.options.radius, E), D = Math.max(M * l, 0), w = (M - D) / this._getVisibleDatasetWeightTotal();
    this.offsetX = p * M, this.offsetY = g * M, i.total = this.calculateTotal(), this.outerRadius = M - w * this._getRingWeightOffset(this.index), this.innerRadius = Math.max(this.outerRadius - w * c, 0), this.updateElements(o, 0, o.length, t);
  }
  _circumference(t, n) {
    const s = this.options, i = this._cachedMeta, o = this._getCircumference();
    return n && s.animation.animateRotate || !this.chart.getDataVisibility(t) || i._parsed[t] === null || i.data[t].hidden ? 0 : this.calculateCircumference(i._parsed[t] * o / xt);
  }
  updateElements(t, n, s, i) {
    const o = i === "reset", r = this.chart, a = r.chartArea, c = r.options.animation, f = (a.left + a.right) / 2, u = (a.top + a.bottom) / 2, h = o && c.animateScale, d = h ? 0 : this.innerRadius, p = h ? 0 : this.outerRadius, { sharedOptions: g, includeOptions: b } = this._getSharedOptions(n, i);
    let _ = this._getRotation(), E;
    for (E = 0; E < n; ++E)
      _ += this._circumference(E, o);
    for (E = n; E < n + s; ++E) {
      const M = this._circumference(E, o), D = t[E], w = {
        x: f + this.offsetX,
        y: u + this.offsetY,
        startAngle: _,
        endAngle: _ + M,
        circumference: M,
        outerRadius: p,
        innerRadius: d
      };
      b && (w.options = g || this.resolveDataElementOptions(E, D.active ? "active" : i)), _ += M, this.updateElement(D, E, w, i);
    }
  }
  calculateTotal() {
    const t = this._cachedMeta, n = t.data;
    let s = 0, i;
    for (i = 0; i < n.length; i++) {
      const o = t._parsed[i];
      o !== null && !isNaN(o) && this.chart.getDataVisibility(i) && !n[i].hidden && (s += Math.abs(o));
    }
    return s;
  }
  calculateCircumference(t) {
    const n = this._cachedMeta.total;
    return n > 0 && !isNaN(t) ? xt * (Math.abs(t) / n) : 0;
  }
  getLabelAndValue(t) {
    const n = this._cachedMeta, s = this.chart, i = s.data.labels || [], o = da(n._parsed[t], s.options.locale);
    return {
      label: i[t] || "",
      value: o
    };
  }
  getMaxBorderWidth(t) {
    let n = 0;
    const s = this.chart;
    let i, o, r, a, l;
    if (!t) {
      for (i = 0, o = s.data.datasets.length; i < o; ++i)
        if (s.isDatasetVisible(i)) {
          r = s.getDatasetMeta(i), t = r.data, a = r.controller;
          break;
        }
    }
    if (!t)
      return 0;
    for (i = 0, o = t.length; i < o; ++i)
      l = a.resolveDataElementOptions(i), l.borderAlign !== "inner" && (n = Math.max(n, l.borderWidth || 0, l.hoverBorderWidth || 0));
    return n;
  }
  getMaxOffset(t) {
    let n = 0;
    for (let s = 0, i = t.length; s < i; ++s) {
      const o = this.resolveDataElementOptions(s);
      n = Math.max(n, o.offset || 0, o.hoverOffset || 0);
    }
    return n;
  }
  _getRingWeightOffset(t) {
    let n = 0;
    for (let s = 0; s < t; ++s)
      this.chart.isDatasetVisible(s) && (n += this._getRingWeight(s));
    return n;
  }
  _getRingWeight(t) {
    return Math.max(ct(this.chart.data.datasets[t].weight, 1), 0);
  }
  _getVisibleDatasetWeightTotal() {
    return this._getRingWeightOffset(this.chart.data.datasets.length) || 1;
  }
}
W(Hn, "id", "doughnut"), W(Hn, "defaults", {
  datasetElementType: !1,
  dataElementType: "arc",
  animation: {
    animateRotate: !0,
    animateScale: !1
  },
  animations: {
    numbers: {
      type: "number",
      properties: [
        "circumference",
        "endAngle",
        "innerRadius",
        "outerRadius",
        "startAngle",
        "x",
        "y",
        "offset",
        "borderWidth",
        "spacing"
      ]
    }
  },
  cutout: "50%",
  rotation: 0,
  circumference: 360,
  radius: "100%",
  spacing: 0,
  indexAxis: "r"
}), W(Hn, "descriptors", {
  _scriptable: (t) => t !== "spacing",
  _indexable: (t) => t !== "spacing" && !t.startsWith("borderDash") && !t.startsWith("hoverBorderDash")
}), W(Hn, "overrides", {
  aspectRatio: 1,
  plugins: {
    legend: {
      labels: {
        generateLabels(t) {
          const n = t.data;
          if (n.labels.length && n.datasets.length) {
            const { labels: { pointStyle: s, color: i } } = t.legend.options;
            return n.labels.map((o, r) => {
              const l = t.getDatasetMeta(0).controller.getStyle(r);
              return {
                text: o,
                fillStyle: l.backgroundColor,
                strokeStyle: l.borderColor,
                fontColor: i,
                lineWidth: l.borderWidth,
                pointStyle: s,
                hidden: !t.getDataVisibility(r),
                index: r
              };
            });
          }
          return [];
        }
      },
      onClick(t, n, s) {
        s.chart.toggleDataVisibility(n.index), s.chart.update();
      }
    }
  }
});
class Dr extends Hn {
}
W(Dr, "id", "pie"), W(Dr, "defaults", {
  cutout: 0,
  rotation: 0,
  circumference: 360,
  radius: "100%"
});
function gn() {
  throw new Error("This method is not implemented: Check that a complete date adapter is provided.");
}
class wa {
  constructor(t) {
    W(this, "options");
    this.options = t || {};
  }
  /**
  * Override default date adapter methods.
  * Accepts type parameter to define options type.
  * @example
  * Chart._adapters._date.override<{myAdapterOption: string}>({
  *   init() {
  *     console.log(this.options.myAdapterOption);
  *   }
  * })
  */
  static override(t) {
    Object.assign(wa.prototype, t);
  }
  // eslint-disable-next-line @typescript-eslint/no-empty-function
  init() {
  }
  formats() {
    return gn();
  }
  parse() {
    return gn();
  }
  format() {
    return gn();
  }
  add() {
    return gn();
  }
  diff() {
    return gn();
  }
  startOf() {
    return gn();
  }
  endOf() {
    return gn();
  }
}
var ib = {
  _date: wa
};
function ob(e, t, n, s) {
  const { controller: i, data: o, _sorted: r } = e, a = i._cachedMeta.iScale;
  if (a && t === a.axis && t !== "r" && r && o.length) {
    const l = a._reversePixels ? Rm : Mr;
    if (s) {
      if (i._sharedOptions) {
        const c = o[0], f = typeof c.getRange == "function" && c.getRange(t);
        if (f) {
          const u = l(o, t, n - f), h = l(o, t, n + f);
          return {
            lo: u.lo,
            hi: h.hi
          };
        }
      }
    } else return l(o, t, n);
  }
  return {
    lo: 0,
    hi: o.length - 1
  };
}
function vo(e, t, n, s, i) {
  const o = e.getSortedVisibleDatasetMetas(), r = n[t];
  for (let a = 0, l = o.length; a < l; ++a) {
    const { index: c, data: f } = o[a], { lo: u, hi: h } = ob(o[a], t, r, i);
    for (let d = u; d <= h; ++d) {
      const p = f[d];
      p.skip || s(p, c, d);
    }
  }
}
function rb(e) {
  const t = e.indexOf("x") !== -1, n = e.indexOf("y") !== -1;
  return function(s, i) {
    const o = t ? Math.abs(s.x - i.x) : 0, r = n ? Math.abs(s.y - i.y) : 0;
    return Math.sqrt(Math.pow(o, 2) + Math.pow(r, 2));
  };
}
function Yo(e, t, n, s, i) {
  const o = [];
  return !i && !e.isPointInArea(t) || vo(e, n, t, function(a, l, c) {
    !i && !Hs(a, e.chartArea, 0) || a.inRange(t.x, t.y, s) && o.push({
      element: a,
      datasetIndex: l,
      index: c
    });
  }, !0), o;
}
function ab(e, t, n, s) {
  let i = [];
  function o(r, a, l) {
    const { startAngle: c, endAngle: f } = r.getProps([
      "startAngle",
      "endAngle"
    ], s), { angle: u } = Du(r, {
      x: t.x,
      y: t.y
    });
    zs(u, c, f) && i.push({
      element: r,
      datasetIndex: a,
      index: l
    });
  }
  return vo(e, n, t, o), i;
}
function lb(e, t, n, s, i, o) {
  let r = [];
  const a = rb(n);
  let l = Number.POSITIVE_INFINITY;
  function c(f, u, h) {
    const d = f.inRange(t.x, t.y, i);
    if (s && !d)
      return;
    const p = f.getCenterPoint(i);
    if (!(!!o || e.isPointInArea(p)) && !d)
      return;
    const b = a(t, p);
    b < l ? (r = [
      {
        element: f,
        datasetIndex: u,
        index: h
      }
    ], l = b) : b === l && r.push({
      element: f,
      datasetIndex: u,
      index: h
    });
  }
  return vo(e, n, t, c), r;
}
function Uo(e, t, n, s, i, o) {
  return !o && !e.isPointInArea(t) ? [] : n === "r" && !s ? ab(e, t, n, i) : lb(e, t, n, s, i, o);
}
function ec(e, t, n, s, i) {
  const o = [], r = n === "x" ? "inXRange" : "inYRange";
  let a = !1;
  return vo(e, n, t, (l, c, f) => {
    l[r] && l[r](t[n], i) && (o.push({
      element: l,
      datasetIndex: c,
      index: f
    }), a = a || l.inRange(t.x, t.y, i));
  }), s && !a ? [] : o;
}
var cb = {
  modes: {
    index(e, t, n, s) {
      const i = _n(t, e), o = n.axis || "x", r = n.includeInvisible || !1, a = n.intersect ? Yo(e, i, o, s, r) : Uo(e, i, o, !1, s, r), l = [];
      return a.length ? (e.getSortedVisibleDatasetMetas().forEach((c) => {
        const f = a[0].index, u = c.data[f];
        u && !u.skip && l.push({
          element: u,
          datasetIndex: c.index,
          index: f
        });
      }), l) : [];
    },
    dataset(e, t, n, s) {
      const i = _n(t, e), o = n.axis || "xy", r = n.includeInvisible || !1;
      let a = n.intersect ? Yo(e, i, o, s, r) : Uo(e, i, o, !1, s, r);
      if (a.length > 0) {
        const l = a[0].datasetIndex, c = e.getDatasetMeta(l).data;
        a = [];
        for (let f = 0; f < c.length; ++f)
          a.push({
            element: c[f],
            datasetIndex: l,
            index: f
          });
      }
      return a;
    },
    point(e, t, n, s) {
      const i = _n(t, e), o = n.axis || "xy", r = n.includeInvisible || !1;
      return Yo(e, i, o, s, r);
    },
    nearest(e, t, n, s) {
      const i = _n(t, e), o = n.axis || "xy", r = n.includeInvisible || !1;
      return Uo(e, i, o, n.intersect, s, r);
    },
    x(e, t, n, s) {
      const i = _n(t, e);
      return ec(e, i, "x", n.intersect, s);
    },
    y(e, t, n, s) {
      const i = _n(t, e);
      return ec(e, i, "y", n.intersect, s);
    }
  }
};
const Hu = [
  "left",
  "top",
  "right",
  "bottom"
];
function ds(e, t) {
  return e.filter((n) => n.pos === t);
}
function nc(e, t) {
  return e.filter((n) => Hu.indexOf(n.pos) === -1 && n.box.axis === t);
}
function ps(e, t) {
  return e.sort((n, s) => {
    const i = t ? s : n, o = t ? n : s;
    return i.weight === o.weight ? i.index - o.index : i.weight - o.weight;
  });
}
function fb(e) {
  const t = [];
  let n, s, i, o, r, a;
  for (n = 0, s = (e || []).length; n < s; ++n)
    i = e[n], { position: o, options: { stack: r, stackWeight: a = 1 } } = i, t.push({
      index: n,
      box: i,
      pos: o,
      horizontal: i.isHorizontal(),
      weight: i.weight,
      stack: r && o + r,
      stackWeight: a
    });
  return t;
}
function ub(e) {
  const t = {};
  for (const n of e) {
    const { stack: s, pos: i, stackWeight: o } = n;
    if (!s || !Hu.includes(i))
      continue;
    const r = t[s] || (t[s] = {
      count: 0,
      placed: 0,
      weight: 0,
      size: 0
    });
    r.count++, r.weight += o;
  }
  return t;
}
function hb(e, t) {
  const n = ub(e), { vBoxMaxWidth: s, hBoxMaxHeight: i } = t;
  let o, r, a;
  for (o = 0, r = e.length; o < r; ++o) {
    a = e[o];
    const { fullSize: l } = a.box, c = n[a.stack], f = c && a.stackWeight / c.weight;
    a.horizontal ? (a.width = f ? f * s : l && t.availableWidth, a.height = i) : (a.width = s, a.height = f ? f * i : l && t.availableHeight);
  }
  return n;
}
function db(e) {
  const t = fb(e), n = ps(t.filter((c) => c.box.fullSize), !0), s = ps(ds(t, "left"), !0), i = ps(ds(t, "right")), o = ps(ds(t, "top"), !0), r = ps(ds(t, "bottom")), a = nc(t, "x"), l = nc(t, "y");
  return {
    fullSize: n,
    leftAndTop: s.concat(o),
    rightAndBottom: i.concat(l).concat(r).concat(a),
    chartArea: ds(t, "chartArea"),
    vertical: s.concat(i).concat(l),
    horizontal: o.concat(r).concat(a)
  };
}
function sc(e, t, n, s) {
  return Math.max(e[n], t[n]) + Math.max(e[s], t[s]);
}
function Wu(e, t) {
  e.top = Math.max(e.top, t.top), e.left = Math.max(e.left, t.left), e.bottom = Math.max(e.bottom, t.bottom), e.right = Math.max(e.right, t.right);
}
function pb(e, t, n, s) {
  const { pos: i, box: o } = n, r = e.maxPadding;
  if (!ot(i)) {
    n.size && (e[i] -= n.size);
    const u = s[n.stack] || {
      size: 0,
      count: 1
    };
    u.size = Math.max(u.size, n.horizontal ? o.height : o.width), n.size = u.size / u.count, e[i] += n.size;
  }
  o.getPadding && Wu(r, o.getPadding());
  const a = Math.max(0, t.outerWidth - sc(r, e, "left", "right")), l = Math.max(0, t.outerHeight - sc(r, e, "top", "bottom")), c = a !== e.w, f = l !== e.h;
  return e.w = a, e.h = l, n.horizontal ? {
    same: c,
    other: f
  } : {
    same: f,
    other: c
  };
}
function gb(e) {
  const t = e.maxPadding;
  function n(s) {
    const i = Math.max(t[s] - e[s], 0);
    return e[s] += i, i;
  }
  e.y += n("top"), e.x += n("left"), n("right"), n("bottom");
}
function mb(e, t) {
  const n = t.maxPadding;
  function s(i) {
    const o = {
      left: 0,
      top: 0,
      right: 0,
      bottom: 0
    };
    return i.forEach((r) => {
      o[r] = Math.max(t[r], n[r]);
    }), o;
  }
  return s(e ? [
    "left",
    "right"
  ] : [
    "top",
    "bottom"
  ]);
}
function vs(e, t, n, s) {
  const i = [];
  let o, r, a, l, c, f;
  for (o = 0, r = e.length, c = 0; o < r; ++o) {
    a = e[o], l = a.box, l.update(a.width || t.w, a.height || t.h, mb(a.horizontal, t));
    const { same: u, other: h } = pb(t, n, a, s);
    c |= u && i.length, f = f || h, l.fullSize || i.push(a);
  }
  return c && vs(i, t, n, s) || f;
}
function ui(e, t, n, s, i) {
  e.top = n, e.left = t, e.right = t + s, e.bottom = n + i, e.width = s, e.height = i;
}
function ic(e, t, n, s) {
  const i = n.padding;
  let { x: o, y: r } = t;
  for (const a of e) {
    const l = a.box, c = s[a.stack] || {
      placed: 0,
      weight: 1
    }, f = a.stackWeight / c.weight || 1;
    if (a.horizontal) {
      const u = t.w * f, h = c.size || l.height;
      Gi(c.start) && (r = c.start), l.fullSize ? ui(l, i.left, r, n.outerWidth - i.right - i.left, h) : ui(l, t.left + c.placed, r, u, h), c.start = r, c.placed += u, r = l.bottom;
    } else {
      const u = t.h * f, h = c.size || l.width;
      Gi(c.start) && (o = c.start), l.fullSize ? ui(l, o, i.top, h, n.outerHeight - i.bottom - i.top) : ui(l, o, t.top + c.placed, h, u), c.start = o, c.placed += u, o = l.right;
    }
  }
  t.x = o, t.y = r;
}
var hi = {
  addBox(e, t) {
    e.boxes || (e.boxes = []), t.fullSize = t.fullSize || !1, t.position = t.position || "top", t.weight = t.weight || 0, t._layers = t._layers || function() {
      return [
        {
          z: 0,
          draw(n) {
            t.draw(n);
          }
        }
      ];
    }, e.boxes.push(t);
  },
  removeBox(e, t) {
    const n = e.boxes ? e.boxes.indexOf(t) : -1;
    n !== -1 && e.boxes.splice(n, 1);
  },
  configure(e, t, n) {
    t.fullSize = n.fullSize, t.position = n.position, t.weight = n.weight;
  },
  update(e, t, n, s) {
    if (!e)
      return;
    const i = rn(e.options.layout.padding), o = Math.max(t - i.width, 0), r = Math.max(n - i.height, 0), a = db(e.boxes), l = a.vertical, c = a.horizontal;
    ht(e.boxes, (g) => {
      typeof g.beforeLayout == "function" && g.beforeLayout();
    });
    const f = l.reduce((g, b) => b.box.options && b.box.options.display === !1 ? g : g + 1, 0) || 1, u = Object.freeze({
      outerWidth: t,
      outerHeight: n,
      padding: i,
      availableWidth: o,
      availableHeight: r,
      vBoxMaxWidth: o / 2 / f,
      hBoxMaxHeight: r / 2
    }), h = Object.assign({}, i);
    Wu(h, rn(s));
    const d = Object.assign({
      maxPadding: h,
      w: o,
      h: r,
      x: i.left,
      y: i.top
    }, i), p = hb(l.concat(c), u);
    vs(a.fullSize, d, u, p), vs(l, d, u, p), vs(c, d, u, p) && vs(l, d, u, p), gb(d), ic(a.leftAndTop, d, u, p), d.x += d.w, d.y += d.h, ic(a.rightAndBottom, d, u, p), e.chartArea = {
      left: d.left,
      top: d.top,
      right: d.left + d.w,
      bottom: d.top + d.h,
      height: d.h,
      width: d.w
    }, ht(a.chartArea, (g) => {
      const b = g.box;
      Object.assign(b, e.chartArea), b.update(d.w, d.h, {
        left: 0,
        top: 0,
        right: 0,
        bottom: 0
      });
    });
  }
};
class Yu {
  acquireContext(t, n) {
  }
  releaseContext(t) {
    return !1;
  }
  addEventListener(t, n, s) {
  }
  removeEventListener(t, n, s) {
  }
  getDevicePixelRatio() {
    return 1;
  }
  getMaximumSize(t, n, s, i) {
    return n = Math.max(0, n || t.width), s = s || t.height, {
      width: n,
      height: Math.max(0, i ? Math.floor(n / i) : s)
    };
  }
  isAttached(t) {
    return !0;
  }
  updateConfig(t) {
  }
}
class bb extends Yu {
  acquireContext(t) {
    return t && t.getContext && t.getContext("2d") || null;
  }
  updateConfig(t) {
    t.options.animation = !1;
  }
}
const Pi = "$chartjs", _b = {
  touchstart: "mousedown",
  touchmove: "mousemove",
  touchend: "mouseup",
  pointerenter: "mouseenter",
  pointerdown: "mousedown",
  pointermove: "mousemove",
  pointerup: "mouseup",
  pointerleave: "mouseout",
  pointerout: "mouseout"
}, oc = (e) => e === null || e === "";
function yb(e, t) {
  const n = e.style, s = e.getAttribute("height"), i = e.getAttribute("width");
  if (e[Pi] = {
    initial: {
      height: s,
      width: i,
      style: {
        display: n.display,
        height: n.height,
        width: n.width
      }
    }
  }, n.display = n.display || "block", n.boxSizing = n.boxSizing || "border-box", oc(i)) {
    const o = Yl(e, "width");
    o !== void 0 && (e.width = o);
  }
  if (oc(s))
    if (e.style.height === "")
      e.height = e.width / (t || 2);
    else {
      const o = Yl(e, "height");
      o !== void 0 && (e.height = o);
    }
  return e;
}
const Uu = C0 ? {
  passive: !0
} : !1;
function xb(e, t, n) {
  e && e.addEventListener(t, n, Uu);
}
function vb(e, t, n) {
  e && e.canvas && e.canvas.removeEventListener(t, n, Uu);
}
function wb(e, t) {
  const n = _b[e.type] || e.type, { x: s, y: i } = _n(e, t);
  return {
    type: n,
    chart: t,
    native: e,
    x: s !== void 0 ? s : null,
    y: i !== void 0 ? i : null
  };
}
function to(e, t) {
  for (const n of e)
    if (n === t || n.contains(t))
      return !0;
}
function Eb(e, t, n) {
  const s = e.canvas, i = new MutationObserver((o) => {
    let r = !1;
    for (const a of o)
      r = r || to(a.addedNodes, s), r = r && !to(a.removedNodes, s);
    r && n();
  });
  return i.observe(document, {
    childList: !0,
    subtree: !0
  }), i;
}
function Ob(e, t, n) {
  const s = e.canvas, i = new MutationObserver((o) => {
    let r = !1;
    for (const a of o)
      r = r || to(a.removedNodes, s), r = r && !to(a.addedNodes, s);
    r && n();
  });
  return i.observe(document, {
    childList: !0,
    subtree: !0
  }), i;
}
const Ws = /* @__PURE__ */ new Map();
let rc = 0;
function Ku() {
  const e = window.devicePixelRatio;
  e !== rc && (rc = e, Ws.forEach((t, n) => {
    n.currentDevicePixelRatio !== e && t();
  }));
}
function Mb(e, t) {
  Ws.size || window.addEventListener("resize", Ku), Ws.set(e, t);
}
function Sb(e) {
  Ws.delete(e), Ws.size || window.removeEventListener("resize", Ku);
}
function Nb(e, t, n) {
  const s = e.canvas, i = s && va(s);
  if (!i)
    return;
  const o = Au((a, l) => {
    const c = i.clientWidth;
    n(a, l), c < i.clientWidth && n();
  }, window), r = new ResizeObserver((a) => {
    const l = a[0], c = l.contentRect.width, f = l.contentRect.height;
    c === 0 && f === 0 || o(c, f);
  });
  return r.observe(i), Mb(e, o), r;
}
function Ko(e, t, n) {
  n && n.disconnect(), t === "resize" && Sb(e);
}
function Db(e, t, n) {
  const s = e.canvas, i = Au((o) => {
    e.ctx !== null && n(wb(o, e));
  }, e);
  return xb(s, t, i), i;
}
class kb extends Yu {
  acquireContext(t, n) {
    const s = t && t.getContext && t.getContext("2d");
    return s && s.canvas === t ? (yb(t, n), s) : null;
  }
  releaseContext(t) {
    const n = t.canvas;
    if (!n[Pi])
      return !1;
    const s = n[Pi].initial;
    [
      "height",
      "width"
    ].forEach((o) => {
      const r = s[o];
      wt(r) ? n.removeAttribute(o) : n.setAttribute(o, r);
    });
    const i = s.style || {};
    return Object.keys(i).forEach((o) => {
      n.style[o] = i[o];
    }), n.width = n.width, delete n[Pi], !0;
  }
  addEventListener(t, n, s) {
    this.removeEventListener(t, n);
    const i = t.$proxies || (t.$proxies = {}), r = {
      attach: Eb,
      detach: Ob,
      resize: Nb
    }[n] || Db;
    i[n] = r(t, n, s);
  }
  removeEventListener(t, n) {
    const s = t.$proxies || (t.$proxies = {}), i = s[n];
    if (!i)
      return;
    ({
      attach: Ko,
      detach: Ko,
      resize: Ko
    }[n] || vb)(t, n, i), s[n] = void 0;
  }
  getDevicePixelRatio() {
    return window.devicePixelRatio;
  }
  getMaximumSize(t, n, s, i) {
    return k0(t, n, s, i);
  }
  isAttached(t) {
    const n = t && va(t);
    return !!(n && n.isConnected);
  }
}
function Cb(e) {
  return !xa() || typeof OffscreenCanvas < "u" && e instanceof OffscreenCanvas ? bb : kb;
}
var Ei;
let Qn = (Ei = class {
  constructor() {
    W(this, "x");
    W(this, "y");
    W(this, "active", !1);
    W(this, "options");
    W(this, "$animations");
  }
  tooltipPosition(t) {
    const { x: n, y: s } = this.getProps([
      "x",
      "y"
    ], t);
    return {
      x: n,
      y: s
    };
  }
  hasValue() {
    return Ji(this.x) && Ji(this.y);
  }
  getProps(t, n) {
    const s = this.$animations;
    if (!n || !s)
      return this;
    const i = {};
    return t.forEach((o) => {
      i[o] = s[o] && s[o].active() ? s[o]._to : this[o];
    }), i;
  }
}, W(Ei, "defaults", {}), W(Ei, "defaultRoutes"), Ei);
function Ab(e, t) {
  const n = e.options.ticks, s = Tb(e), i = Math.min(n.maxTicksLimit || s, s), o = n.major.enabled ? Rb(t) : [], r = o.length, a = o[0], l = o[r - 1], c = [];
  if (r > i)
    return Vb(t, c, o, r / i), c;
  const f = Pb(o, t, i);
  if (r > 0) {
    let u, h;
    const d = r > 1 ? Math.round((l - a) / (r - 1)) : null;
    for (di(t, c, f, wt(d) ? 0 : a - d, a), u = 0, h = r - 1; u < h; u++)
      di(t, c, f, o[u], o[u + 1]);
    return di(t, c, f, l, wt(d) ? t.length : l + d), c;
  }
  return di(t, c, f), c;
}
function Tb(e) {
  const t = e.options.offset, n = e._tickSize(), s = e._length / n + (t ? 0 : 1), i = e._maxLength / n;
  return Math.floor(Math.min(s, i));
}
function Pb(e, t, n) {
  const s = Ib(e), i = t.length / n;
  if (!s)
    return Math.max(i, 1);
  const o = Dm(s);
  for (let r = 0, a = o.length - 1; r < a; r++) {
    const l = o[r];
    if (l > i)
      return l;
  }
  return Math.max(i, 1);
}
function Rb(e) {
  const t = [];
  let n, s;
  for (n = 0, s = e.length; n < s; n++)
    e[n].major && t.push(n);
  return t;
}
function Vb(e, t, n, s) {
  let i = 0, o = n[0], r;
  for (s = Math.ceil(s), r = 0; r < e.length; r++)
    r === o && (t.push(e[r]), i++, o = n[i * s]);
}
function di(e, t, n, s, i) {
  const o = ct(s, 0), r = Math.min(ct(i, e.length), e.length);
  let a = 0, l, c, f;
  for (n = Math.ceil(n), i && (l = i - s, n = l / Math.floor(l / n)), f = o; f < 0; )
    a++, f = Math.round(o + a * n);
  for (c = Math.max(o, 0); c < r; c++)
    c === f && (t.push(e[c]), a++, f = Math.round(o + a * n));
}
function Ib(e) {
  const t = e.length;
  let n, s;
  if (t < 2)
    return !1;
  for (s = e[0], n = 1; n < t; ++n)
    if (e[n] - e[n - 1] !== s)
      return !1;
  return s;
}
const Lb = (e) => e === "left" ? "right" : e === "right" ? "left" : e, ac = (e, t, n) => t === "top" || t === "left" ? e[t] + n : e[t] - n, lc = (e, t) => Math.min(t || e, e);
function cc(e, t) {
  const n = [], s = e.length / t, i = e.length;
  let o = 0;
  for (; o < i; o += s)
    n.push(e[Math.floor(o)]);
  return n;
}
function Fb(e, t, n) {
  const s = e.ticks.length, i = Math.min(t, s - 1), o = e._startPixel, r = e._endPixel, a = 1e-6;
  let l = e.getPixelForTick(i), c;
  if (!(n && (s === 1 ? c = Math.max(l - o, r - l) : t === 0 ? c = (e.getPixelForTick(1) - l) / 2 : c = (l - e.getPixelForTick(i - 1)) / 2, l += i < t ? c : -c, l < o - a || l > r + a)))
    return l;
}
function $b(e, t) {
  ht(e, (n) => {
    const s = n.gc, i = s.length / 2;
    let o;
    if (i > t) {
      for (o = 0; o < i; ++o)
        delete n.data[s[o]];
      s.splice(0, i);
    }
  });
}
function gs(e) {
  return e.drawTicks ? e.tickLength : 0;
}
function fc(e, t) {
  if (!e.display)
    return 0;
  const n = ke(e.font, t), s = rn(e.padding);
  return (Pt(e.text) ? e.text.length : 1) * n.lineHeight + s.height;
}
function jb(e, t) {
  return Tn(e, {
    scale: t,
    type: "scale"
  });
}
function Bb(e, t, n) {
  return Tn(e, {
    tick: n,
    index: t,
    type: "tick"
  });
}
function zb(e, t, n) {
  let s = $m(e);
  return (n && t !== "right" || !n && t === "right") && (s = Lb(s)), s;
}
function Hb(e, t, n, s) {
  const { top: i, left: o, bottom: r, right: a, chart: l } = e, { chartArea: c, scales: f } = l;
  let u = 0, h, d, p;
  const g = r - i, b = a - o;
  if (e.isHorizontal()) {
    if (d = Pl(s, o, a), ot(n)) {
      const _ = Object.keys(n)[0], E = n[_];
      p = f[_].getPixelForValue(E) + g - t;
    } else n === "center" ? p = (c.bottom + c.top) / 2 + g - t : p = ac(e, n, t);
    h = a - o;
  } else {
    if (ot(n)) {
      const _ = Object.keys(n)[0], E = n[_];
      d = f[_].getPixelForValue(E) - b + t;
    } else n === "center" ? d = (c.left + c.right) / 2 - b + t : d = ac(e, n, t);
    p = Pl(s, r, i), u = n === "left" ? -kt : kt;
  }
  return {
    titleX: d,
    titleY: p,
    maxWidth: h,
    rotation: u
  };
}
class ts extends Qn {
  constructor(t) {
    super(), this.id = t.id, this.type = t.type, this.options = void 0, this.ctx = t.ctx, this.chart = t.chart, this.top = void 0, this.bottom = void 0, this.left = void 0, this.right = void 0, this.width = void 0, this.height = void 0, this._margins = {
      left: 0,
      right: 0,
      top: 0,
      bottom: 0
    }, this.maxWidth = void 0, this.maxHeight = void 0, this.paddingTop = void 0, this.paddingBottom = void 0, this.paddingLeft = void 0, this.paddingRight = void 0, this.axis = void 0, this.labelRotation = void 0, this.min = void 0, this.max = void 0, this._range = void 0, this.ticks = [], this._gridLineItems = null, this._labelItems = null, this._labelSizes = null, this._length = 0, this._maxLength = 0, this._longestTextCache = {}, this._startPixel = void 0, this._endPixel = void 0, this._reversePixels = !1, this._userMax = void 0, this._userMin = void 0, this._suggestedMax = void 0, this._suggestedMin = void 0, this._ticksLength = 0, this._borderValue = 0, this._cache = {}, this._dataLimitsCached = !1, this.$context = void 0;
  }
  init(t) {
    this.options = t.setContext(this.getContext()), this.axis = t.axis, this._userMin = this.parse(t.min), this._userMax = this.parse(t.max), this._suggestedMin = this.parse(t.suggestedMin), this._suggestedMax = this.parse(t.suggestedMax);
  }
  parse(t, n) {
    return t;
  }
  getUserBounds() {
    let { _userMin: t, _userMax: n, _suggestedMin: s, _suggestedMax: i } = this;
    return t = ve(t, Number.POSITIVE_INFINITY), n = ve(n, Number.NEGATIVE_INFINITY), s = ve(s, Number.POSITIVE_INFINITY), i = ve(i, Number.NEGATIVE_INFINITY), {
      min: ve(t, s),
      max: ve(n, i),
      minDefined: It(t),
      maxDefined: It(n)
    };
  }
  getMinMax(t) {
    let { min: n, max: s, minDefined: i, maxDefined: o } = this.getUserBounds(), r;
    if (i && o)
      return {
        min: n,
        max: s
      };
    const a = this.getMatchingVisibleMetas();
    for (let l = 0, c = a.length; l < c; ++l)
      r = a[l].controller.getMinMax(this, t), i || (n = Math.min(n, r.min)), o || (s = Math.max(s, r.max));
    return n = o && n > s ? s : n, s = i && n > s ? n : s, {
      min: ve(n, ve(s, n)),
      max: ve(s, ve(n, s))
    };
  }
  getPadding() {
    return {
      left: this.paddingLeft || 0,
      top: this.paddingTop || 0,
      right: this.paddingRight || 0,
      bottom: this.paddingBottom || 0
    };
  }
  getTicks() {
    return this.ticks;
  }
  getLabels() {
    const t = this.chart.data;
    return this.options.labels || (this.isHorizontal() ? t.xLabels : t.yLabels) || t.labels || [];
  }
  getLabelItems(t = this.chart.chartArea) {
    return this._labelItems || (this._labelItems = this._computeLabelItems(t));
  }
  beforeLayout() {
    this._cache = {}, this._dataLimitsCached = !1;
  }
  beforeUpdate() {
    vt(this.options.beforeUpdate, [
      this
    ]);
  }
  update(t, n, s) {
    const { beginAtZero: i, grace: o, ticks: r } = this.options, a = r.sampleSize;
    this.beforeUpdate(), this.maxWidth = t, this.maxHeight = n, this._margins = s = Object.assign({
      left: 0,
      right: 0,
      top: 0,
      bottom: 0
    }, s), this.ticks = null, this._labelSizes = null, this._gridLineItems = null, this._labelItems = null, this.beforeSetDimensions(), this.setDimensions(), this.afterSetDimensions(), this._maxLength = this.isHorizontal() ? this.width + s.left + s.right : this.height + s.top + s.bottom, this._dataLimitsCached || (this.beforeDataLimits(), this.determineDataLimits(), this.afterDataLimits(), this._range = a0(this, o, i), this._dataLimitsCached = !0), this.beforeBuildTicks(), this.ticks = this.buildTicks() || [], this.afterBuildTicks();
    const l = a < this.ticks.length;
    this._convertTicksToLabels(l ? cc(this.ticks, a) : this.ticks), this.configure(), this.beforeCalculateLabelRotation(), this.calculateLabelRotation(), this.afterCalculateLabelRotation(), r.display && (r.autoSkip || r.source === "auto") && (this.ticks = Ab(this, this.ticks), this._labelSizes = null, this.afterAutoSkip()), l && this._convertTicksToLabels(this.ticks), this.beforeFit(), this.fit(), this.afterFit(), this.afterUpdate();
  }
  configure() {
    let t = this.options.reverse, n, s;
    this.isHorizontal() ? (n = this.left, s = this.right) : (n = this.top, s = this.bottom, t = !t), this._startPixel = n, this._endPixel = s, this._reversePixels = t, this._length = s - n, this._alignToPixels = this.options.alignToPixels;
  }
  afterUpdate() {
    vt(this.options.afterUpdate, [
      this
    ]);
  }
  beforeSetDimensions() {
    vt(this.options.beforeSetDimensions, [
      this
    ]);
  }
  setDimensions() {
    this.isHorizontal() ? (this.width = this.maxWidth, this.left = 0, this.right = this.width) : (this.height = this.maxHeight, this.top = 0, this.bottom = this.height), this.paddingLeft = 0, this.paddingTop = 0, this.paddingRight = 0, this.paddingBottom = 0;
  }
  afterSetDimensions() {
    vt(this.options.afterSetDimensions, [
      this
    ]);
  }
  _callHooks(t) {
    this.chart.notifyPlugins(t, this.getContext()), vt(this.options[t], [
      this
    ]);
  }
  beforeDataLimits() {
    this._callHooks("beforeDataLimits");
  }
  determineDataLimits() {
  }
  afterDataLimits() {
    this._callHooks("afterDataLimits");
  }
  beforeBuildTicks() {
    this._callHooks("beforeBuildTicks");
  }
  buildTicks() {
    return [];
  }
  afterBuildTicks() {
    this._callHooks("afterBuildTicks");
  }
  beforeTickToLabelConversion() {
    vt(this.options.beforeTickToLabelConversion, [
      this
    ]);
  }
  generateTickLabels(t) {
    const n = this.options.ticks;
    let s, i, o;
    for (s = 0, i = t.length; s < i; s++)
      o = t[s], o.label = vt(n.callback, [
        o.value,
        s,
        t
      ], this);
  }
  afterTickToLabelConversion() {
    vt(this.options.afterTickToLabelConversion, [
      this
    ]);
  }
  beforeCalculateLabelRotation() {
    vt(this.options.beforeCalculateLabelRotation, [
      this
    ]);
  }
  calculateLabelRotation() {
    const t = this.options, n = t.ticks, s = lc(this.ticks.length, t.ticks.maxTicksLimit), i = n.minRotation || 0, o = n.maxRotation;
    let r = i, a, l, c;
    if (!this._isVisible() || !n.display || i >= o || s <= 1 || !this.isHorizontal()) {
      this.labelRotation = i;
      return;
    }
    const f = this._getLabelSizes(), u = f.widest.width, h = f.highest.height, d = ne(this.chart.width - u, 0, this.maxWidth);
    a = t.offset ? this.maxWidth / s : d / (s - 1), u + 6 > a && (a = d / (s - (t.offset ? 0.5 : 1)), l = this.maxHeight - gs(t.grid) - n.padding - fc(t.title, this.chart.options.font), c = Math.sqrt(u * u + h * h), r = Am(Math.min(Math.asin(ne((f.highest.height + 6) / a, -1, 1)), Math.asin(ne(l / c, -1, 1)) - Math.asin(ne(h / c, -1, 1)))), r = Math.max(i, Math.min(o, r))), this.labelRotation = r;
  }
  afterCalculateLabelRotation() {
    vt(this.options.afterCalculateLabelRotation, [
      this
    ]);
  }
  afterAutoSkip() {
  }
  beforeFit() {
    vt(this.options.beforeFit, [
      this
    ]);
  }
  fit() {
    const t = {
      width: 0,
      height: 0
    }, { chart: n, options: { ticks: s, title: i, grid: o } } = this, r = this._isVisible(), a = this.isHorizontal();
    if (r) {
      const l = fc(i, n.options.font);
      if (a ? (t.width = this.maxWidth, t.height = gs(o) + l) : (t.height = this.maxHeight, t.width = gs(o) + l), s.display && this.ticks.length) {
        const { first: c, last: f, widest: u, highest: h } = this._getLabelSizes(), d = s.padding * 2, p = He(this.labelRotation), g = Math.cos(p), b = Math.sin(p);
        if (a) {
          const _ = s.mirror ? 0 : b * u.width + g * h.height;
          t.height = Math.min(this.maxHeight, t.height + _ + d);
        } else {
          const _ = s.mirror ? 0 : g * u.width + b * h.height;
          t.width = Math.min(this.maxWidth, t.width + _ + d);
        }
        this._calculatePadding(c, f, b, g);
      }
    }
    this._handleMargins(), a ? (this.width = this._length = n.width - this._margins.left - this._margins.right, this.height = t.height) : (this.width = t.width, this.height = this._length = n.height - this._margins.top - this._margins.bottom);
  }
  _calculatePadding(t, n, s, i) {
    const { ticks: { align: o, padding: r }, position: a } = this.options, l = this.labelRotation !== 0, c = a !== "top" && this.axis === "x";
    if (this.isHorizontal()) {
      const f = this.getPixelForTick(0) - this.left, u = this.right - this.getPixelForTick(this.ticks.length - 1);
      let h = 0, d = 0;
      l ? c ? (h = i * t.width, d = s * n.height) : (h = s * t.height, d = i * n.width) : o === "start" ? d = n.width : o === "end" ? h = t.width : o !== "inner" && (h = t.width / 2, d = n.width / 2), this.paddingLeft = Math.max((h - f + r) * this.width / (this.width - f), 0), this.paddingRight = Math.max((d - u + r) * this.width / (this.width - u), 0);
    } else {
      let f = n.height / 2, u = t.height / 2;
      o === "start" ? (f = 0, u = t.height) : o === "end" && (f = n.height, u = 0), this.paddingTop = f + r, this.paddingBottom = u + r;
    }
  }
  _handleMargins() {
    this._margins && (this._margins.left = Math.max(this.paddingLeft, this._margins.left), this._margins.top = Math.max(this.paddingTop, this._margins.top), this._margins.right = Math.max(this.paddingRight, this._margins.right), this._margins.bottom = Math.max(this.paddingBottom, this._margins.bottom));
  }
  afterFit() {
    vt(this.options.afterFit, [
      this
    ]);
  }
  isHorizontal() {
    const { axis: t, position: n } = this.options;
    return n === "top" || n === "bottom" || t === "x";
  }
  isFullSize() {
    return this.options.fullSize;
  }
  _convertTicksToLabels(t) {
    this.beforeTickToLabelConversion(), this.generateTickLabels(t);
    let n, s;
    for (n = 0, s = t.length; n < s; n++)
      wt(t[n].label) && (t.splice(n, 1), s--, n--);
    this.afterTickToLabelConversion();
  }
  _getLabelSizes() {
    let t = this._labelSizes;
    if (!t) {
      const n = this.options.ticks.sampleSize;
      let s = this.ticks;
      n < s.length && (s = cc(s, n)), this._labelSizes = t = this._computeLabelSizes(s, s.length, this.options.ticks.maxTicksLimit);
    }
    return t;
  }
  _computeLabelSizes(t, n, s) {
    const { ctx: i, _longestTextCache: o } = this, r = [], a = [], l = Math.floor(n / lc(n, s));
    let c = 0, f = 0, u, h, d, p, g, b, _, E, M, D, w;
    for (u = 0; u < n; u += l) {
      if (p = t[u].label, g = this._resolveTickFontOptions(u), i.font = b = g.string, _ = o[b] = o[b] || {
        data: {},
        gc: []
      }, E = g.lineHeight, M = D = 0, !wt(p) && !Pt(p))
        M = Fl(i, _.data, _.gc, M, p), D = E;
      else if (Pt(p))
        for (h = 0, d = p.length; h < d; ++h)
          w = p[h], !wt(w) && !Pt(w) && (M = Fl(i, _.data, _.gc, M, w), D += E);
      r.push(M), a.push(D), c = Math.max(M, c), f = Math.max(D, f);
    }
    $b(o, n);
    const N = r.indexOf(c), v = a.indexOf(f), S = (k) => ({
      width: r[k] || 0,
      height: a[k] || 0
    });
    return {
      first: S(0),
      last: S(n - 1),
      widest: S(N),
      highest: S(v),
      widths: r,
      heights: a
    };
  }
  getLabelForValue(t) {
    return t;
  }
  getPixelForValue(t, n) {
    return NaN;
  }
  getValueForPixel(t) {
  }
  getPixelForTick(t) {
    const n = this.ticks;
    return t < 0 || t > n.length - 1 ? null : this.getPixelForValue(n[t].value);
  }
  getPixelForDecimal(t) {
    this._reversePixels && (t = 1 - t);
    const n = this._startPixel + t * this._length;
    return Pm(this._alignToPixels ? pn(this.chart, n, 0) : n);
  }
  getDecimalForPixel(t) {
    const n = (t - this._startPixel) / this._length;
    return this._reversePixels ? 1 - n : n;
  }
  getBasePixel() {
    return this.getPixelForValue(this.getBaseValue());
  }
  getBaseValue() {
    const { min: t, max: n } = this;
    return t < 0 && n < 0 ? n : t > 0 && n > 0 ? t : 0;
  }
  getContext(t) {
    const n = this.ticks || [];
    if (t >= 0 && t < n.length) {
      const s = n[t];
      return s.$context || (s.$context = Bb(this.getContext(), t, s));
    }
    return this.$context || (this.$context = jb(this.chart.getContext(), this));
  }
  _tickSize() {
    const t = this.options.ticks, n = He(this.labelRotation), s = Math.abs(Math.cos(n)), i = Math.abs(Math.sin(n)), o = this._getLabelSizes(), r = t.autoSkipPadding || 0, a = o ? o.widest.width + r : 0, l = o ? o.highest.height + r : 0;
    return this.isHorizontal() ? l * s > a * i ? a / s : l / i : l * i < a * s ? l / s : a / i;
  }
  _isVisible() {
    const t = this.options.display;
    return t !== "auto" ? !!t : this.getMatchingVisibleMetas().length > 0;
  }
  _computeGridLineItems(t) {
    const n = this.axis, s = this.chart, i = this.options, { grid: o, position: r, border: a } = i, l = o.offset, c = this.isHorizontal(), u = this.ticks.length + (l ? 1 : 0), h = gs(o), d = [], p = a.setContext(this.getContext()), g = p.display ? p.width : 0, b = g / 2, _ = function(J) {
      return pn(s, J, g);
    };
    let E, M, D, w, N, v, S, k, V, z, B, et;
    if (r === "top")
      E = _(this.bottom), v = this.bottom - h, k = E - b, z = _(t.top) + b, et = t.bottom;
    else if (r === "bottom")
      E = _(this.top), z = t.top, et = _(t.bottom) - b, v = E + b, k = this.top + h;
    else if (r === "left")
      E = _(this.right), N = this.right - h, S = E - b, V = _(t.left) + b, B = t.right;
    else if (r === "right")
      E = _(this.left), V = t.left, B = _(t.right) - b, N = E + b, S = this.left + h;
    else if (n === "x") {
      if (r === "center")
        E = _((t.top + t.bottom) / 2 + 0.5);
      else if (ot(r)) {
        const J = Object.keys(r)[0], H = r[J];
        E = _(this.chart.scales[J].getPixelForValue(H));
      }
      z = t.top, et = t.bottom, v = E + b, k = v + h;
    } else if (n === "y") {
      if (r === "center")
        E = _((t.left + t.right) / 2);
      else if (ot(r)) {
        const J = Object.keys(r)[0], H = r[J];
        E = _(this.chart.scales[J].getPixelForValue(H));
      }
      N = E - b, S = N - h, V = t.left, B = t.right;
    }
    const yt = ct(i.ticks.maxTicksLimit, u), Q = Math.max(1, Math.ceil(u / yt));
    for (M = 0; M < u; M += Q) {
      const J = this.getContext(M), H = o.setContext(J), K = a.setContext(J), ft = H.lineWidth, ce = H.color, ie = K.dash || [], Lt = K.dashOffset, At = H.tickWidth, fe = H.tickColor, fn = H.tickBorderDash || [], Re = H.tickBorderDashOffset;
      D = Fb(this, M, l), D !== void 0 && (w = pn(s, D, ft), c ? N = S = V = B = w : v = k = z = et = w, d.push({
        tx1: N,
        ty1: v,
        tx2: S,
        ty2: k,
        x1: V,
        y1: z,
        x2: B,
        y2: et,
        width: ft,
        color: ce,
        borderDash: ie,
        borderDashOffset: Lt,
        tickWidth: At,
        tickColor: fe,
        tickBorderDash: fn,
        tickBorderDashOffset: Re
      }));
    }
    return this._ticksLength = u, this._borderValue = E, d;
  }
  _computeLabelItems(t) {
    const n = this.axis, s = this.options, { position: i, ticks: o } = s, r = this.isHorizontal(), a = this.ticks, { align: l, crossAlign: c, padding: f, mirror: u } = o, h = gs(s.grid), d = h + f, p = u ? -f : d, g = -He(this.labelRotation), b = [];
    let _, E, M, D, w, N, v, S, k, V, z, B, et = "middle";
    if (i === "top")
      N = this.bottom - p, v = this._getXAxisLabelAlignment();
    else if (i === "bottom")
      N = this.top + p, v = this._getXAxisLabelAlignment();
    else if (i === "left") {
      const Q = this._getYAxisLabelAlignment(h);
      v = Q.textAlign, w = Q.x;
    } else if (i === "right") {
      const Q = this._getYAxisLabelAlignment(h);
      v = Q.textAlign, w = Q.x;
    } else if (n === "x") {
      if (i === "center")
        N = (t.top + t.bottom) / 2 + d;
      else if (ot(i)) {
        const Q = Object.keys(i)[0], J = i[Q];
        N = this.chart.scales[Q].getPixelForValue(J) + d;
      }
      v = this._getXAxisLabelAlignment();
    } else if (n === "y") {
      if (i === "center")
        w = (t.left + t.right) / 2 - d;
      else if (ot(i)) {
        const Q = Object.keys(i)[0], J = i[Q];
        w = this.chart.scales[Q].getPixelForValue(J);
      }
      v = this._getYAxisLabelAlignment(h).textAlign;
    }
    n === "y" && (l === "start" ? et = "top" : l === "end" && (et = "bottom"));
    const yt = this._getLabelSizes();
    for (_ = 0, E = a.length; _ < E; ++_) {
      M = a[_], D = M.label;
      const Q = o.setContext(this.getContext(_));
      S = this.getPixelForTick(_) + o.labelOffset, k = this._resolveTickFontOptions(_), V = k.lineHeight, z = Pt(D) ? D.length : 1;
      const J = z / 2, H = Q.color, K = Q.textStrokeColor, ft = Q.textStrokeWidth;
      let ce = v;
      r ? (w = S, v === "inner" && (_ === E - 1 ? ce = this.options.reverse ? "left" : "right" : _ === 0 ? ce = this.options.reverse ? "right" : "left" : ce = "center"), i === "top" ? c === "near" || g !== 0 ? B = -z * V + V / 2 : c === "center" ? B = -yt.highest.height / 2 - J * V + V : B = -yt.highest.height + V / 2 : c === "near" || g !== 0 ? B = V / 2 : c === "center" ? B = yt.highest.height / 2 - J * V : B = yt.highest.height - z * V, u && (B *= -1), g !== 0 && !Q.showLabelBackdrop && (w += V / 2 * Math.sin(g))) : (N = S, B = (1 - z) * V / 2);
      let ie;
      if (Q.showLabelBackdrop) {
        const Lt = rn(Q.backdropPadding), At = yt.heights[_], fe = yt.widths[_];
        let fn = B - Lt.top, Re = 0 - Lt.left;
        switch (et) {
          case "middle":
            fn -= At / 2;
            break;
          case "bottom":
            fn -= At;
            break;
        }
        switch (v) {
          case "center":
            Re -= fe / 2;
            break;
          case "right":
            Re -= fe;
            break;
          case "inner":
            _ === E - 1 ? Re -= fe : _ > 0 && (Re -= fe / 2);
            break;
        }
        ie = {
          left: Re,
          top: fn,
          width: fe + Lt.width,
          height: At + Lt.height,
          color: Q.backdropColor
        };
      }
      b.push({
        label: D,
        font: k,
        textOffset: B,
        options: {
          rotation: g,
          color: H,
          strokeColor: K,
          strokeWidth: ft,
          textAlign: ce,
          textBaseline: et,
          translation: [
            w,
            N
          ],
          backdrop: ie
        }
      });
    }
    return b;
  }
  _getXAxisLabelAlignment() {
    const { position: t, ticks: n } = this.options;
    if (-He(this.labelRotation))
      return t === "top" ? "left" : "right";
    let i = "center";
    return n.align === "start" ? i = "left" : n.align === "end" ? i = "right" : n.align === "inner" && (i = "inner"), i;
  }
  _getYAxisLabelAlignment(t) {
    const { position: n, ticks: { crossAlign: s, mirror: i, padding: o } } = this.options, r = this._getLabelSizes(), a = t + o, l = r.widest.width;
    let c, f;
    return n === "left" ? i ? (f = this.right + o, s === "near" ? c = "left" : s === "center" ? (c = "center", f += l / 2) : (c = "right", f += l)) : (f = this.right - a, s === "near" ? c = "right" : s === "center" ? (c = "center", f -= l / 2) : (c = "left", f = this.left)) : n === "right" ? i ? (f = this.left + o, s === "near" ? c = "right" : s === "center" ? (c = "center", f -= l / 2) : (c = "left", f -= l)) : (f = this.left + a, s === "near" ? c = "left" : s === "center" ? (c = "center", f += l / 2) : (c = "right", f = this.right)) : c = "right", {
      textAlign: c,
      x: f
    };
  }
  _computeLabelArea() {
    if (this.options.ticks.mirror)
      return;
    const t = this.chart, n = this.options.position;
    if (n === "left" || n === "right")
      return {
        top: 0,
        left: this.left,
        bottom: t.height,
        right: this.right
      };
    if (n === "top" || n === "bottom")
      return {
        top: this.top,
        left: 0,
        bottom: this.bottom,
        right: t.width
      };
  }
  drawBackground() {
    const { ctx: t, options: { backgroundColor: n }, left: s, top: i, width: o, height: r } = this;
    n && (t.save(), t.fillStyle = n, t.fillRect(s, i, o, r), t.restore());
  }
  getLineWidthForValue(t) {
    const n = this.options.grid;
    if (!this._isVisible() || !n.display)
      return 0;
    const i = this.ticks.findIndex((o) => o.value === t);
    return i >= 0 ? n.setContext(this.getContext(i)).lineWidth : 0;
  }
  drawGrid(t) {
    const n = this.options.grid, s = this.ctx, i = this._gridLineItems || (this._gridLineItems = this._computeGridLineItems(t));
    let o, r;
    const a = (l, c, f) => {
      !f.width || !f.color || (s.save(), s.lineWidth = f.width, s.strokeStyle = f.color, s.setLineDash(f.borderDash || []), s.lineDashOffset = f.borderDashOffset, s.beginPath(), s.moveTo(l.x, l.y), s.lineTo(c.x, c.y), s.stroke(), s.restore());
    };
    if (n.display)
      for (o = 0, r = i.length; o < r; ++o) {
        const l = i[o];
        n.drawOnChartArea && a({
          x: l.x1,
          y: l.y1
        }, {
          x: l.x2,
          y: l.y2
        }, l), n.drawTicks && a({
          x: l.tx1,
          y: l.ty1
        }, {
          x: l.tx2,
          y: l.ty2
        }, {
          color: l.tickColor,
          width: l.tickWidth,
          borderDash: l.tickBorderDash,
          borderDashOffset: l.tickBorderDashOffset
        });
      }
  }
  drawBorder() {
    const { chart: t, ctx: n, options: { border: s, grid: i } } = this, o = s.setContext(this.getContext()), r = s.display ? o.width : 0;
    if (!r)
      return;
    const a = i.setContext(this.getContext(0)).lineWidth, l = this._borderValue;
    let c, f, u, h;
    this.isHorizontal() ? (c = pn(t, this.left, r) - r / 2, f = pn(t, this.right, a) + a / 2, u = h = l) : (u = pn(t, this.top, r) - r / 2, h = pn(t, this.bottom, a) + a / 2, c = f = l), n.save(), n.lineWidth = o.width, n.strokeStyle = o.color, n.beginPath(), n.moveTo(c, u), n.lineTo(f, h), n.stroke(), n.restore();
  }
  drawLabels(t) {
    if (!this.options.ticks.display)
      return;
    const s = this.ctx, i = this._computeLabelArea();
    i && pa(s, i);
    const o = this.getLabelItems(t);
    for (const r of o) {
      const a = r.options, l = r.font, c = r.label, f = r.textOffset;
      jl(s, c, 0, f, l, a);
    }
    i && ga(s);
  }
  drawTitle() {
    const { ctx: t, options: { position: n, title: s, reverse: i } } = this;
    if (!s.display)
      return;
    const o = ke(s.font), r = rn(s.padding), a = s.align;
    let l = o.lineHeight / 2;
    n === "bottom" || n === "center" || ot(n) ? (l += r.bottom, Pt(s.text) && (l += o.lineHeight * (s.text.length - 1))) : l += r.top;
    const { titleX: c, titleY: f, maxWidth: u, rotation: h } = Hb(this, l, n, a);
    jl(t, s.text, 0, 0, o, {
      color: s.color,
      maxWidth: u,
      rotation: h,
      textAlign: zb(a, n, i),
      textBaseline: "middle",
      translation: [
        c,
        f
      ]
    });
  }
  draw(t) {
    this._isVisible() && (this.drawBackground(), this.drawGrid(t), this.drawBorder(), this.drawTitle(), this.drawLabels(t));
  }
  _layers() {
    const t = this.options, n = t.ticks && t.ticks.z || 0, s = ct(t.grid && t.grid.z, -1), i = ct(t.border && t.border.z, 0);
    return !this._isVisible() || this.draw !== ts.prototype.draw ? [
      {
        z: n,
        draw: (o) => {
          this.draw(o);
        }
      }
    ] : [
      {
        z: s,
        draw: (o) => {
          this.drawBackground(), this.drawGrid(o), this.drawTitle();
        }
      },
      {
        z: i,
        draw: () => {
          this.drawBorder();
        }
      },
      {
        z: n,
        draw: (o) => {
          this.drawLabels(o);
        }
      }
    ];
  }
  getMatchingVisibleMetas(t) {
    const n = this.chart.getSortedVisibleDatasetMetas(), s = this.axis + "AxisID", i = [];
    let o, r;
    for (o = 0, r = n.length; o < r; ++o) {
      const a = n[o];
      a[s] === this.id && (!t || a.type === t) && i.push(a);
    }
    return i;
  }
  _resolveTickFontOptions(t) {
    const n = this.options.ticks.setContext(this.getContext(t));
    return ke(n.font);
  }
  _maxDigits() {
    const t = this._resolveTickFontOptions(0).lineHeight;
    return (this.isHorizontal() ? this.width : this.height) / t;
  }
}
class pi {
  constructor(t, n, s) {
    this.type = t, this.scope = n, this.override = s, this.items = /* @__PURE__ */ Object.create(null);
  }
  isForType(t) {
    return Object.prototype.isPrototypeOf.call(this.type.prototype, t.prototype);
  }
  register(t) {
    const n = Object.getPrototypeOf(t);
    let s;
    Ub(n) && (s = this.register(n));
    const i = this.items, o = t.id, r = this.scope + "." + o;
    if (!o)
      throw new Error("class does not have id: " + t);
    return o in i || (i[o] = t, Wb(t, r, s), this.override && Mt.override(t.id, t.overrides)), r;
  }
  get(t) {
    return this.items[t];
  }
  unregister(t) {
    const n = this.items, s = t.id, i = this.scope;
    s in n && delete n[s], i && s in Mt[i] && (delete Mt[i][s], this.override && delete An[s]);
  }
}
function Wb(e, t, n) {
  const s = js(/* @__PURE__ */ Object.create(null), [
    n ? Mt.get(n) : {},
    Mt.get(t),
    e.defaults
  ]);
  Mt.set(t, s), e.defaultRoutes && Yb(t, e.defaultRoutes), e.descriptors && Mt.describe(t, e.descriptors);
}
function Yb(e, t) {
  Object.keys(t).forEach((n) => {
    const s = n.split("."), i = s.pop(), o = [
      e
    ].concat(s).join("."), r = t[n].split("."), a = r.pop(), l = r.join(".");
    Mt.route(o, i, l, a);
  });
}
function Ub(e) {
  return "id" in e && "defaults" in e;
}
class Kb {
  constructor() {
    this.controllers = new pi(Rs, "datasets", !0), this.elements = new pi(Qn, "elements"), this.plugins = new pi(Object, "plugins"), this.scales = new pi(ts, "scales"), this._typedRegistries = [
      this.controllers,
      this.scales,
      this.elements
    ];
  }
  add(...t) {
    this._each("register", t);
  }
  remove(...t) {
    this._each("unregister", t);
  }
  addControllers(...t) {
    this._each("register", t, this.controllers);
  }
  addElements(...t) {
    this._each("register", t, this.elements);
  }
  addPlugins(...t) {
    this._each("register", t, this.plugins);
  }
  addScales(...t) {
    this._each("register", t, this.scales);
  }
  getController(t) {
    return this._get(t, this.controllers, "controller");
  }
  getElement(t) {
    return this._get(t, this.elements, "element");
  }
  getPlugin(t) {
    return this._get(t, this.plugins, "plugin");
  }
  getScale(t) {
    return this._get(t, this.scales, "scale");
  }
  removeControllers(...t) {
    this._each("unregister", t, this.controllers);
  }
  removeElements(...t) {
    this._each("unregister", t, this.elements);
  }
  removePlugins(...t) {
    this._each("unregister", t, this.plugins);
  }
  removeScales(...t) {
    this._each("unregister", t, this.scales);
  }
  _each(t, n, s) {
    [
      ...n
    ].forEach((i) => {
      const o = s || this._getRegistryForType(i);
      s || o.isForType(i) || o === this.plugins && i.id ? this._exec(t, o, i) : ht(i, (r) => {
        const a = s || this._getRegistryForType(r);
        this._exec(t, a, r);
      });
    });
  }
  _exec(t, n, s) {
    const i = ca(t);
    vt(s["before" + i], [], s), n[t](s), vt(s["after" + i], [], s);
  }
  _getRegistryForType(t) {
    for (let n = 0; n < this._typedRegistries.length; n++) {
      const s = this._typedRegistries[n];
      if (s.isForType(t))
        return s;
    }
    return this.plugins;
  }
  _get(t, n, s) {
    const i = n.get(t);
    if (i === void 0)
      throw new Error('"' + t + '" is not a registered ' + s + ".");
    return i;
  }
}
var Oe = /* @__PURE__ */ new Kb();
class Xb {
  constructor() {
    this._init = [];
  }
  notify(t, n, s, i) {
    n === "beforeInit" && (this._init = this._createDescriptors(t, !0), this._notify(this._init, t, "install"));
    const o = i ? this._descriptors(t).filter(i) : this._descriptors(t), r = this._notify(o, t, n, s);
    return n === "afterDestroy" && (this._notify(o, t, "stop"), this._notify(this._init, t, "uninstall")), r;
  }
  _notify(t, n, s, i) {
    i = i || {};
    for (const o of t) {
      const r = o.plugin, a = r[s], l = [
        n,
        i,
        o.options
      ];
      if (vt(a, l, r) === !1 && i.cancelable)
        return !1;
    }
    return !0;
  }
  invalidate() {
    wt(this._cache) || (this._oldCache = this._cache, this._cache = void 0);
  }
  _descriptors(t) {
    if (this._cache)
      return this._cache;
    const n = this._cache = this._createDescriptors(t);
    return this._notifyStateChanges(t), n;
  }
  _createDescriptors(t, n) {
    const s = t && t.config, i = ct(s.options && s.options.plugins, {}), o = qb(s);
    return i === !1 && !n ? [] : Zb(t, o, i, n);
  }
  _notifyStateChanges(t) {
    const n = this._oldCache || [], s = this._cache, i = (o, r) => o.filter((a) => !r.some((l) => a.plugin.id === l.plugin.id));
    this._notify(i(n, s), t, "stop"), this._notify(i(s, n), t, "start");
  }
}
function qb(e) {
  const t = {}, n = [], s = Object.keys(Oe.plugins.items);
  for (let o = 0; o < s.length; o++)
    n.push(Oe.getPlugin(s[o]));
  const i = e.plugins || [];
  for (let o = 0; o < i.length; o++) {
    const r = i[o];
    n.indexOf(r) === -1 && (n.push(r), t[r.id] = !0);
  }
  return {
    plugins: n,
    localIds: t
  };
}
function Gb(e, t) {
  return !t && e === !1 ? null : e === !0 ? {} : e;
}
function Zb(e, { plugins: t, localIds: n }, s, i) {
  const o = [], r = e.getContext();
  for (const a of t) {
    const l = a.id, c = Gb(s[l], i);
    c !== null && o.push({
      plugin: a,
      options: Jb(e.config, {
        plugin: a,
        local: n[l]
      }, c, r)
    });
  }
  return o;
}
function Jb(e, { plugin: t, local: n }, s, i) {
  const o = e.pluginScopeKeys(t), r = e.getOptionScopes(s, o);
  return n && t.defaults && r.push(t.defaults), e.createResolver(r, i, [
    ""
  ], {
    scriptable: !1,
    indexable: !1,
    allKeys: !0
  });
}
function kr(e, t) {
  const n = Mt.datasets[e] || {};
  return ((t.datasets || {})[e] || {}).indexAxis || t.indexAxis || n.indexAxis || "x";
}
function Qb(e, t) {
  let n = e;
  return e === "_index_" ? n = t : e === "_value_" && (n = t === "x" ? "y" : "x"), n;
}
function t_(e, t) {
  return e === t ? "_index_" : "_value_";
}
function uc(e) {
  if (e === "x" || e === "y" || e === "r")
    return e;
}
function e_(e) {
  if (e === "top" || e === "bottom")
    return "x";
  if (e === "left" || e === "right")
    return "y";
}
function Cr(e, ...t) {
  if (uc(e))
    return e;
  for (const n of t) {
    const s = n.axis || e_(n.position) || e.length > 1 && uc(e[0].toLowerCase());
    if (s)
      return s;
  }
  throw new Error(`Cannot determine type of '${e}' axis. Please provide 'axis' or 'position' option.`);
}
function hc(e, t, n) {
  if (n[t + "AxisID"] === e)
    return {
      axis: t
    };
}
function n_(e, t) {
  if (t.data && t.data.datasets) {
    const n = t.data.datasets.filter((s) => s.xAxisID === e || s.yAxisID === e);
    if (n.length)
      return hc(e, "x", n[0]) || hc(e, "y", n[0]);
  }
  return {};
}
function s_(e, t) {
  const n = An[e.type] || {
    scales: {}
  }, s = t.scales || {}, i = kr(e.type, t), o = /* @__PURE__ */ Object.create(null);
  return Object.keys(s).forEach((r) => {
    const a = s[r];
    if (!ot(a))
      return console.error(`Invalid scale configuration for scale: ${r}`);
    if (a._proxy)
      return console.warn(`Ignoring resolver passed as options for scale: ${r}`);
    const l = Cr(r, a, n_(r, e), Mt.scales[a.type]), c = t_(l, i), f = n.scales || {};
    o[r] = Cs(/* @__PURE__ */ Object.create(null), [
      {
        axis: l
      },
      a,
      f[l],
      f[c]
    ]);
  }), e.data.datasets.forEach((r) => {
    const a = r.type || e.type, l = r.indexAxis || kr(a, t), f = (An[a] || {}).scales || {};
    Object.keys(f).forEach((u) => {
      const h = Qb(u, l), d = r[h + "AxisID"] || h;
      o[d] = o[d] || /* @__PURE__ */ Object.create(null), Cs(o[d], [
        {
          axis: h
        },
        s[d],
        f[u]
      ]);
    });
  }), Object.keys(o).forEach((r) => {
    const a = o[r];
    Cs(a, [
      Mt.scales[a.type],
      Mt.scale
    ]);
  }), o;
}
function Xu(e) {
  const t = e.options || (e.options = {});
  t.plugins = ct(t.plugins, {}), t.scales = s_(e, t);
}
function qu(e) {
  return e = e || {}, e.datasets = e.datasets || [], e.labels = e.labels || [], e;
}
function i_(e) {
  return e = e || {}, e.data = qu(e.data), Xu(e), e;
}
const dc = /* @__PURE__ */ new Map(), Gu = /* @__PURE__ */ new Set();
function gi(e, t) {
  let n = dc.get(e);
  return n || (n = t(), dc.set(e, n), Gu.add(n)), n;
}
const ms = (e, t, n) => {
  const s = Bs(t, n);
  s !== void 0 && e.add(s);
};
class o_ {
  constructor(t) {
    this._config = i_(t), this._scopeCache = /* @__PURE__ */ new Map(), this._resolverCache = /* @__PURE__ */ new Map();
  }
  get platform() {
    return this._config.platform;
  }
  get type() {
    return this._config.type;
  }
  set type(t) {
    this._config.type = t;
  }
  get data() {
    return this._config.data;
  }
  set data(t) {
    this._config.data = qu(t);
  }
  get options() {
    return this._config.options;
  }
  set options(t) {
    this._config.options = t;
  }
  get plugins() {
    return this._config.plugins;
  }
  update() {
    const t = this._config;
    this.clearCache(), Xu(t);
  }
  clearCache() {
    this._scopeCache.clear(), this._resolverCache.clear();
  }
  datasetScopeKeys(t) {
    return gi(t, () => [
      [
        `datasets.${t}`,
        ""
      ]
    ]);
  }
  datasetAnimationScopeKeys(t, n) {
    return gi(`${t}.transition.${n}`, () => [
      [
        `datasets.${t}.transitions.${n}`,
        `transitions.${n}`
      ],
      [
        `datasets.${t}`,
        ""
      ]
    ]);
  }
  datasetElementScopeKeys(t, n) {
    return gi(`${t}-${n}`, () => [
      [
        `datasets.${t}.elements.${n}`,
        `datasets.${t}`,
        `elements.${n}`,
        ""
      ]
    ]);
  }
  pluginScopeKeys(t) {
    const n = t.id, s = this.type;
    return gi(`${s}-plugin-${n}`, () => [
      [
        `plugins.${n}`,
        ...t.additionalOptionScopes || []
      ]
    ]);
  }
  _cachedScopes(t, n) {
    const s = this._scopeCache;
    let i = s.get(t);
    return (!i || n) && (i = /* @__PURE__ */ new Map(), s.set(t, i)), i;
  }
  getOptionScopes(t, n, s) {
    const { options: i, type: o } = this, r = this._cachedScopes(t, s), a = r.get(n);
    if (a)
      return a;
    const l = /* @__PURE__ */ new Set();
    n.forEach((f) => {
      t && (l.add(t), f.forEach((u) => ms(l, t, u))), f.forEach((u) => ms(l, i, u)), f.forEach((u) => ms(l, An[o] || {}, u)), f.forEach((u) => ms(l, Mt, u)), f.forEach((u) => ms(l, Sr, u));
    });
    const c = Array.from(l);
    return c.length === 0 && c.push(/* @__PURE__ */ Object.create(null)), Gu.has(n) && r.set(n, c), c;
  }
  chartOptionScopes() {
    const { options: t, type: n } = this;
    return [
      t,
      An[n] || {},
      Mt.datasets[n] || {},
      {
        type: n
      },
      Mt,
      Sr
    ];
  }
  resolveNamedOptions(t, n, s, i = [
    ""
  ]) {
    const o = {
      $shared: !0
    }, { resolver: r, subPrefixes: a } = pc(this._resolverCache, t, i);
    let l = r;
    if (a_(r, n)) {
      o.$shared = !1, s = on(s) ? s() : s;
      const c = this.createResolver(t, s, a);
      l = Xn(r, s, c);
    }
    for (const c of n)
      o[c] = l[c];
    return o;
  }
  createResolver(t, n, s = [
    ""
  ], i) {
    const { resolver: o } = pc(this._resolverCache, t, s);
    return ot(n) ? Xn(o, n, void 0, i) : o;
  }
}
function pc(e, t, n) {
  let s = e.get(t);
  s || (s = /* @__PURE__ */ new Map(), e.set(t, s));
  const i = n.join();
  let o = s.get(i);
  return o || (o = {
    resolver: ba(t, n),
    subPrefixes: n.filter((a) => !a.toLowerCase().includes("hover"))
  }, s.set(i, o)), o;
}
const r_ = (e) => ot(e) && Object.getOwnPropertyNames(e).some((t) => on(e[t]));
function a_(e, t) {
  const { isScriptable: n, isIndexable: s } = Pu(e);
  for (const i of t) {
    const o = n(i), r = s(i), a = (r || o) && e[i];
    if (o && (on(a) || r_(a)) || r && Pt(a))
      return !0;
  }
  return !1;
}
var l_ = "4.4.7";
const c_ = [
  "top",
  "bottom",
  "left",
  "right",
  "chartArea"
];
function gc(e, t) {
  return e === "top" || e === "bottom" || c_.indexOf(e) === -1 && t === "x";
}
function mc(e, t) {
  return function(n, s) {
    return n[e] === s[e] ? n[t] - s[t] : n[e] - s[e];
  };
}
function bc(e) {
  const t = e.chart, n = t.options.animation;
  t.notifyPlugins("afterRender"), vt(n && n.onComplete, [
    e
  ], t);
}
function f_(e) {
  const t = e.chart, n = t.options.animation;
  vt(n && n.onProgress, [
    e
  ], t);
}
function Zu(e) {
  return xa() && typeof e == "string" ? e = document.getElementById(e) : e && e.length && (e = e[0]), e && e.canvas && (e = e.canvas), e;
}
const Ri = {}, _c = (e) => {
  const t = Zu(e);
  return Object.values(Ri).filter((n) => n.canvas === t).pop();
};
function u_(e, t, n) {
  const s = Object.keys(e);
  for (const i of s) {
    const o = +i;
    if (o >= t) {
      const r = e[i];
      delete e[i], (n > 0 || o > t) && (e[o + n] = r);
    }
  }
}
function h_(e, t, n, s) {
  return !n || e.type === "mouseout" ? null : s ? t : e;
}
function mi(e, t, n) {
  return e.options.clip ? e[n] : t[n];
}
function d_(e, t) {
  const { xScale: n, yScale: s } = e;
  return n && s ? {
    left: mi(n, t, "left"),
    right: mi(n, t, "right"),
    top: mi(s, t, "top"),
    bottom: mi(s, t, "bottom")
  } : t;
}
class Wt {
  static register(...t) {
    Oe.add(...t), yc();
  }
  static unregister(...t) {
    Oe.remove(...t), yc();
  }
  constructor(t, n) {
    const s = this.config = new o_(n), i = Zu(t), o = _c(i);
    if (o)
      throw new Error("Canvas is already in use. Chart with ID '" + o.id + "' must be destroyed before the canvas with ID '" + o.canvas.id + "' can be reused.");
    const r = s.createResolver(s.chartOptionScopes(), this.getContext());
    this.platform = new (s.platform || Cb(i))(), this.platform.updateConfig(s);
    const a = this.platform.acquireContext(i, r.aspectRatio), l = a && a.canvas, c = l && l.height, f = l && l.width;
    if (this.id = ym(), this.ctx = a, this.canvas = l, this.width = f, this.height = c, this._options = r, this._aspectRatio = this.aspectRatio, this._layers = [], this._metasets = [], this._stacks = void 0, this.boxes = [], this.currentDevicePixelRatio = void 0, this.chartArea = void 0, this._active = [], this._lastEvent = void 0, this._listeners = {}, this._responsiveListeners = void 0, this._sortedMetasets = [], this.scales = {}, this._plugins = new Xb(), this.$proxies = {}, this._hiddenIndices = {}, this.attached = !1, this._animationsDisabled = void 0, this.$context = void 0, this._doResize = Fm((u) => this.update(u), r.resizeDelay || 0), this._dataChanges = [], Ri[this.id] = this, !a || !l) {
      console.error("Failed to create chart: can't acquire context from the given item");
      return;
    }
    Fe.listen(this, "complete", bc), Fe.listen(this, "progress", f_), this._initialize(), this.attached && this.update();
  }
  get aspectRatio() {
    const { options: { aspectRatio: t, maintainAspectRatio: n }, width: s, height: i, _aspectRatio: o } = this;
    return wt(t) ? n && o ? o : i ? s / i : null : t;
  }
  get data() {
    return this.config.data;
  }
  set data(t) {
    this.config.data = t;
  }
  get options() {
    return this._options;
  }
  set options(t) {
    this.config.options = t;
  }
  get registry() {
    return Oe;
  }
  _initialize() {
    return this.notifyPlugins("beforeInit"), this.options.responsive ? this.resize() : Wl(this, this.options.devicePixelRatio), this.bindEvents(), this.notifyPlugins("afterInit"), this;
  }
  clear() {
    return $l(this.canvas, this.ctx), this;
  }
  stop() {
    return Fe.stop(this), this;
  }
  resize(t, n) {
    Fe.running(this) ? this._resizeBeforeDraw = {
      width: t,
      height: n
    } : this._resize(t, n);
  }
  _resize(t, n) {
    const s = this.options, i = this.canvas, o = s.maintainAspectRatio && this.aspectRatio, r = this.platform.getMaximumSize(i, t, n, o), a = s.devicePixelRatio || this.platform.getDevicePixelRatio(), l = this.width ? "resize" : "attach";
    this.width = r.width, this.height = r.height, this._aspectRatio = this.aspectRatio, Wl(this, a, !0) && (this.notifyPlugins("resize", {
      size: r
    }), vt(s.onResize, [
      this,
      r
    ], this), this.attached && this._doResize(l) && this.render());
  }
  ensureScalesHaveIDs() {
    const n = this.options.scales || {};
    ht(n, (s, i) => {
      s.id = i;
    });
  }
  buildOrUpdateScales() {
    const t = this.options, n = t.scales, s = this.scales, i = Object.keys(s).reduce((r, a) => (r[a] = !1, r), {});
    let o = [];
    n && (o = o.concat(Object.keys(n).map((r) => {
      const a = n[r], l = Cr(r, a), c = l === "r", f = l === "x";
      return {
        options: a,
        dposition: c ? "chartArea" : f ? "bottom" : "left",
        dtype: c ? "radialLinear" : f ? "category" : "linear"
      };
    }))), ht(o, (r) => {
      const a = r.options, l = a.id, c = Cr(l, a), f = ct(a.type, r.dtype);
      (a.position === void 0 || gc(a.position, c) !== gc(r.dposition)) && (a.position = r.dposition), i[l] = !0;
      let u = null;
      if (l in s && s[l].type === f)
        u = s[l];
      else {
        const h = Oe.getScale(f);
        u = new h({
          id: l,
          type: f,
          ctx: this.ctx,
          chart: this
        }), s[u.id] = u;
      }
      u.init(a, t);
    }), ht(i, (r, a) => {
      r || delete s[a];
    }), ht(s, (r) => {
      hi.configure(this, r, r.options), hi.addBox(this, r);
    });
  }
  _updateMetasets() {
    const t = this._metasets, n = this.data.datasets.length, s = t.length;
    if (t.sort((i, o) => i.index - o.index), s > n) {
      for (let i = n; i < s; ++i)
        this._destroyDatasetMeta(i);
      t.splice(n, s - n);
    }
    this._sortedMetasets = t.slice(0).sort(mc("order", "index"));
  }
  _removeUnreferencedMetasets() {
    const { _metasets: t, data: { datasets: n } } = this;
    t.length > n.length && delete this._stacks, t.forEach((s, i) => {
      n.filter((o) => o === s._dataset).length === 0 && this._destroyDatasetMeta(i);
    });
  }
  buildOrUpdateControllers() {
    const t = [], n = this.data.datasets;
    let s, i;
    for (this._removeUnreferencedMetasets(), s = 0, i = n.length; s < i; s++) {
      const o = n[s];
      let r = this.getDatasetMeta(s);
      const a = o.type || this.config.type;
      if (r.type && r.type !== a && (this._destroyDatasetMeta(s), r = this.getDatasetMeta(s)), r.type = a, r.indexAxis = o.indexAxis || kr(a, this.options), r.order = o.order || 0, r.index = s, r.label = "" + o.label, r.visible = this.isDatasetVisible(s), r.controller)
        r.controller.updateIndex(s), r.controller.linkScales();
      else {
        const l = Oe.getController(a), { datasetElementType: c, dataElementType: f } = Mt.datasets[a];
        Object.assign(l, {
          dataElementType: Oe.getElement(f),
          datasetElementType: c && Oe.getElement(c)
        }), r.controller = new l(this, s), t.push(r.controller);
      }
    }
    return this._updateMetasets(), t;
  }
  _resetElements() {
    ht(this.data.datasets, (t, n) => {
      this.getDatasetMeta(n).controller.reset();
    }, this);
  }
  reset() {
    this._resetElements(), this.notifyPlugins("reset");
  }
  update(t) {
    const n = this.config;
    n.update();
    const s = this._options = n.createResolver(n.chartOptionScopes(), this.getContext()), i = this._animationsDisabled = !s.animation;
    if (this._updateScales(), this._checkEventBindings(), this._updateHiddenIndices(), this._plugins.invalidate(), this.notifyPlugins("beforeUpdate", {
      mode: t,
      cancelable: !0
    }) === !1)
      return;
    const o = this.buildOrUpdateControllers();
    this.notifyPlugins("beforeElementsUpdate");
    let r = 0;
    for (let c = 0, f = this.data.datasets.length; c < f; c++) {
      const { controller: u } = this.getDatasetMeta(c), h = !i && o.indexOf(u) === -1;
      u.buildOrUpdateElements(h), r = Math.max(+u.getMaxOverflow(), r);
    }
    r = this._minPadding = s.layout.autoPadding ? r : 0, this._updateLayout(r), i || ht(o, (c) => {
      c.reset();
    }), this._updateDatasets(t), this.notifyPlugins("afterUpdate", {
      mode: t
    }), this._layers.sort(mc("z", "_idx"));
    const { _active: a, _lastEvent: l } = this;
    l ? this._eventHandler(l, !0) : a.length && this._updateHoverStyles(a, a, !0), this.render();
  }
  _updateScales() {
    ht(this.scales, (t) => {
      hi.removeBox(this, t);
    }), this.ensureScalesHaveIDs(), this.buildOrUpdateScales();
  }
  _checkEventBindings() {
    const t = this.options, n = new Set(Object.keys(this._listeners)), s = new Set(t.events);
    (!Dl(n, s) || !!this._responsiveListeners !== t.responsive) && (this.unbindEvents(), this.bindEvents());
  }
  _updateHiddenIndices() {
    const { _hiddenIndices: t } = this, n = this._getUniformDataChanges() || [];
    for (const { method: s, start: i, count: o } of n) {
      const r = s === "_removeElements" ? -o : o;
      u_(t, i, r);
    }
  }
  _getUniformDataChanges() {
    const t = this._dataChanges;
    if (!t || !t.length)
      return;
    this._dataChanges = [];
    const n = this.data.datasets.length, s = (o) => new Set(t.filter((r) => r[0] === o).map((r, a) => a + "," + r.splice(1).join(","))), i = s(0);
    for (let o = 1; o < n; o++)
      if (!Dl(i, s(o)))
        return;
    return Array.from(i).map((o) => o.split(",")).map((o) => ({
      method: o[1],
      start: +o[2],
      count: +o[3]
    }));
  }
  _updateLayout(t) {
    if (this.notifyPlugins("beforeLayout", {
      cancelable: !0
    }) === !1)
      return;
    hi.update(this, this.width, this.height, t);
    const n = this.chartArea, s = n.width <= 0 || n.height <= 0;
    this._layers = [], ht(this.boxes, (i) => {
      s && i.position === "chartArea" || (i.configure && i.configure(), this._layers.push(...i._layers()));
    }, this), this._layers.forEach((i, o) => {
      i._idx = o;
    }), this.notifyPlugins("afterLayout");
  }
  _updateDatasets(t) {
    if (this.notifyPlugins("beforeDatasetsUpdate", {
      mode: t,
      cancelable: !0
    }) !== !1) {
      for (let n = 0, s = this.data.datasets.length; n < s; ++n)
        this.getDatasetMeta(n).controller.configure();
      for (let n = 0, s = this.data.datasets.length; n < s; ++n)
        this._updateDataset(n, on(t) ? t({
          datasetIndex: n
        }) : t);
      this.notifyPlugins("afterDatasetsUpdate", {
        mode: t
      });
    }
  }
  _updateDataset(t, n) {
    const s = this.getDatasetMeta(t), i = {
      meta: s,
      index: t,
      mode: n,
      cancelable: !0
    };
    this.notifyPlugins("beforeDatasetUpdate", i) !== !1 && (s.controller._update(n), i.cancelable = !1, this.notifyPlugins("afterDatasetUpdate", i));
  }
  render() {
    this.notifyPlugins("beforeRender", {
      cancelable: !0
    }) !== !1 && (Fe.has(this) ? this.attached && !Fe.running(this) && Fe.start(this) : (this.draw(), bc({
      chart: this
    })));
  }
  draw() {
    let t;
    if (this._resizeBeforeDraw) {
      const { width: s, height: i } = this._resizeBeforeDraw;
      this._resizeBeforeDraw = null, this._resize(s, i);
    }
    if (this.clear(), this.width <= 0 || this.height <= 0 || this.notifyPlugins("beforeDraw", {
      cancelable: !0
    }) === !1)
      return;
    const n = this._layers;
    for (t = 0; t < n.length && n[t].z <= 0; ++t)
      n[t].draw(this.chartArea);
    for (this._drawDatasets(); t < n.length; ++t)
      n[t].draw(this.chartArea);
    this.notifyPlugins("afterDraw");
  }
  _getSortedDatasetMetas(t) {
    const n = this._sortedMetasets, s = [];
    let i, o;
    for (i = 0, o = n.length; i < o; ++i) {
      const r = n[i];
      (!t || r.visible) && s.push(r);
    }
    return s;
  }
  getSortedVisibleDatasetMetas() {
    return this._getSortedDatasetMetas(!0);
  }
  _drawDatasets() {
    if (this.notifyPlugins("beforeDatasetsDraw", {
      cancelable: !0
    }) === !1)
      return;
    const t = this.getSortedVisibleDatasetMetas();
    for (let n = t.length - 1; n >= 0; --n)
      this._drawDataset(t[n]);
    this.notifyPlugins("afterDatasetsDraw");
  }
  _drawDataset(t) {
    const n = this.ctx, s = t._clip, i = !s.disabled, o = d_(t, this.chartArea), r = {
      meta: t,
      index: t.index,
      cancelable: !0
    };
    this.notifyPlugins("beforeDatasetDraw", r) !== !1 && (i && pa(n, {
      left: s.left === !1 ? 0 : o.left - s.left,
      right: s.right === !1 ? this.width : o.right + s.right,
      top: s.top === !1 ? 0 : o.top - s.top,
      bottom: s.bottom === !1 ? this.height : o.bottom + s.bottom
    }), t.controller.draw(), i && ga(n), r.cancelable = !1, this.notifyPlugins("afterDatasetDraw", r));
  }
  isPointInArea(t) {
    return Hs(t, this.chartArea, this._minPadding);
  }
  getElementsAtEventForMode(t, n, s, i) {
    const o = cb.modes[n];
    return typeof o == "function" ? o(this, t, s, i) : [];
  }
  getDatasetMeta(t) {
    const n = this.data.datasets[t], s = this._metasets;
    let i = s.filter((o) => o && o._dataset === n).pop();
    return i || (i = {
      type: null,
      data: [],
      dataset: null,
      controller: null,
      hidden: null,
      xAxisID: null,
      yAxisID: null,
      order: n && n.order || 0,
      index: t,
      _dataset: n,
      _parsed: [],
      _sorted: !1
    }, s.push(i)), i;
  }
  getContext() {
    return this.$context || (this.$context = Tn(null, {
      chart: this,
      type: "chart"
    }));
  }
  getVisibleDatasetCount() {
    return this.getSortedVisibleDatasetMetas().length;
  }
  isDatasetVisible(t) {
    const n = this.data.datasets[t];
    if (!n)
      return !1;
    const s = this.getDatasetMeta(t);
    return typeof s.hidden == "boolean" ? !s.hidden : !n.hidden;
  }
  setDatasetVisibility(t, n) {
    const s = this.getDatasetMeta(t);
    s.hidden = !n;
  }
  toggleDataVisibility(t) {
    this._hiddenIndices[t] = !this._hiddenIndices[t];
  }
  getDataVisibility(t) {
    return !this._hiddenIndices[t];
  }
  _updateVisibility(t, n, s) {
    const i = s ? "show" : "hide", o = this.getDatasetMeta(t), r = o.controller._resolveAnimations(void 0, i);
    Gi(n) ? (o.data[n].hidden = !s, this.update()) : (this.setDatasetVisibility(t, s), r.update(o, {
      visible: s
    }), this.update((a) => a.datasetIndex === t ? i : void 0));
  }
  hide(t, n) {
    this._updateVisibility(t, n, !1);
  }
  show(t, n) {
    this._updateVisibility(t, n, !0);
  }
  _destroyDatasetMeta(t) {
    const n = this._metasets[t];
    n && n.controller && n.controller._destroy(), delete this._metasets[t];
  }
  _stop() {
    let t, n;
    for (this.stop(), Fe.remove(this), t = 0, n = this.data.datasets.length; t < n; ++t)
      this._destroyDatasetMeta(t);
  }
  destroy() {
    this.notifyPlugins("beforeDestroy");
    const { canvas: t, ctx: n } = this;
    this._stop(), this.config.clearCache(), t && (this.unbindEvents(), $l(t, n), this.platform.releaseContext(n), this.canvas = null, this.ctx = null), delete Ri[this.id], this.notifyPlugins("afterDestroy");
  }
  toBase64Image(...t) {
    return this.canvas.toDataURL(...t);
  }
  bindEvents() {
    this.bindUserEvents(), this.options.responsive ? this.bindResponsiveEvents() : this.attached = !0;
  }
  bindUserEvents() {
    const t = this._listeners, n = this.platform, s = (o, r) => {
      n.addEventListener(this, o, r), t[o] = r;
    }, i = (o, r, a) => {
      o.offsetX = r, o.offsetY = a, this._eventHandler(o);
    };
    ht(this.options.events, (o) => s(o, i));
  }
  bindResponsiveEvents() {
    this._responsiveListeners || (this._responsiveListeners = {});
    const t = this._responsiveListeners, n = this.platform, s = (l, c) => {
      n.addEventListener(this, l, c), t[l] = c;
    }, i = (l, c) => {
      t[l] && (n.removeEventListener(this, l, c), delete t[l]);
    }, o = (l, c) => {
      this.canvas && this.resize(l, c);
    };
    let r;
    const a = () => {
      i("attach", a), this.attached = !0, this.resize(), s("resize", o), s("detach", r);
    };
    r = () => {
      this.attached = !1, i("resize", o), this._stop(), this._resize(0, 0), s("attach", a);
    }, n.isAttached(this.canvas) ? a() : r();
  }
  unbindEvents() {
    ht(this._listeners, (t, n) => {
      this.platform.removeEventListener(this, n, t);
    }), this._listeners = {}, ht(this._responsiveListeners, (t, n) => {
      this.platform.removeEventListener(this, n, t);
    }), this._responsiveListeners = void 0;
  }
  updateHoverStyle(t, n, s) {
    const i = s ? "set" : "remove";
    let o, r, a, l;
    for (n === "dataset" && (o = this.getDatasetMeta(t[0].datasetIndex), o.controller["_" + i + "DatasetHoverStyle"]()), a = 0, l = t.length; a < l; ++a) {
      r = t[a];
      const c = r && this.getDatasetMeta(r.datasetIndex).controller;
      c && c[i + "HoverStyle"](r.element, r.datasetIndex, r.index);
    }
  }
  getActiveElements() {
    return this._active || [];
  }
  setActiveElements(t) {
    const n = this._active || [], s = t.map(({ datasetIndex: o, index: r }) => {
      const a = this.getDatasetMeta(o);
      if (!a)
        throw new Error("No dataset found at index " + o);
      return {
        datasetIndex: o,
        element: a.data[r],
        index: r
      };
    });
    !Xi(s, n) && (this._active = s, this._lastEvent = null, this._updateHoverStyles(s, n));
  }
  notifyPlugins(t, n, s) {
    return this._plugins.notify(this, t, n, s);
  }
  isPluginEnabled(t) {
    return this._plugins._cache.filter((n) => n.plugin.id === t).length === 1;
  }
  _updateHoverStyles(t, n, s) {
    const i = this.options.hover, o = (l, c) => l.filter((f) => !c.some((u) => f.datasetIndex === u.datasetIndex && f.index === u.index)), r = o(n, t), a = s ? t : o(t, n);
    r.length && this.updateHoverStyle(r, i.mode, !1), a.length && i.mode && this.updateHoverStyle(a, i.mode, !0);
  }
  _eventHandler(t, n) {
    const s = {
      event: t,
      replay: n,
      cancelable: !0,
      inChartArea: this.isPointInArea(t)
    }, i = (r) => (r.options.events || this.options.events).includes(t.native.type);
    if (this.notifyPlugins("beforeEvent", s, i) === !1)
      return;
    const o = this._handleEvent(t, n, s.inChartArea);
    return s.cancelable = !1, this.notifyPlugins("afterEvent", s, i), (o || s.changed) && this.render(), this;
  }
  _handleEvent(t, n, s) {
    const { _active: i = [], options: o } = this, r = n, a = this._getActiveElements(t, i, s, r), l = Mm(t), c = h_(t, this._lastEvent, s, l);
    s && (this._lastEvent = null, vt(o.onHover, [
      t,
      a,
      this
    ], this), l && vt(o.onClick, [
      t,
      a,
      this
    ], this));
    const f = !Xi(a, i);
    return (f || n) && (this._active = a, this._updateHoverStyles(a, i, n)), this._lastEvent = c, f;
  }
  _getActiveElements(t, n, s, i) {
    if (t.type === "mouseout")
      return [];
    if (!s)
      return n;
    const o = this.options.hover;
    return this.getElementsAtEventForMode(t, o.mode, o, i);
  }
}
W(Wt, "defaults", Mt), W(Wt, "instances", Ri), W(Wt, "overrides", An), W(Wt, "registry", Oe), W(Wt, "version", l_), W(Wt, "getChart", _c);
function yc() {
  return ht(Wt.instances, (e) => e._plugins.invalidate());
}
function p_(e, t, n) {
  const { startAngle: s, pixelMargin: i, x: o, y: r, outerRadius: a, innerRadius: l } = t;
  let c = i / a;
  e.beginPath(), e.arc(o, r, a, s - c, n + c), l > i ? (c = i / l, e.arc(o, r, l, n + c, s - c, !0)) : e.arc(o, r, i, n + kt, s - kt), e.closePath(), e.clip();
}
function g_(e) {
  return ma(e, [
    "outerStart",
    "outerEnd",
    "innerStart",
    "innerEnd"
  ]);
}
function m_(e, t, n, s) {
  const i = g_(e.options.borderRadius), o = (n - t) / 2, r = Math.min(o, s * t / 2), a = (l) => {
    const c = (n - Math.min(o, l)) * s / 2;
    return ne(l, 0, Math.min(o, c));
  };
  return {
    outerStart: a(i.outerStart),
    outerEnd: a(i.outerEnd),
    innerStart: ne(i.innerStart, 0, r),
    innerEnd: ne(i.innerEnd, 0, r)
  };
}
function Fn(e, t, n, s) {
  return {
    x: n + e * Math.cos(t),
    y: s + e * Math.sin(t)
  };
}
function eo(e, t, n, s, i, o) {
  const { x: r, y: a, startAngle: l, pixelMargin: c, innerRadius: f } = t, u = Math.max(t.outerRadius + s + n - c, 0), h = f > 0 ? f + s + n + c : 0;
  let d = 0;
  const p = i - l;
  if (s) {
    const Q = f > 0 ? f - s : 0, J = u > 0 ? u - s : 0, H = (Q + J) / 2, K = H !== 0 ? p * H / (H + s) : p;
    d = (p - K) / 2;
  }
  const g = Math.max(1e-3, p * u - n / St) / u, b = (p - g) / 2, _ = l + b + d, E = i - b - d, { outerStart: M, outerEnd: D, innerStart: w, innerEnd: N } = m_(t, h, u, E - _), v = u - M, S = u - D, k = _ + M / v, V = E - D / S, z = h + w, B = h + N, et = _ + w / z, yt = E - N / B;
  if (e.beginPath(), o) {
    const Q = (k + V) / 2;
    if (e.arc(r, a, u, k, Q), e.arc(r, a, u, Q, V), D > 0) {
      const ft = Fn(S, V, r, a);
      e.arc(ft.x, ft.y, D, V, E + kt);
    }
    const J = Fn(B, E, r, a);
    if (e.lineTo(J.x, J.y), N > 0) {
      const ft = Fn(B, yt, r, a);
      e.arc(ft.x, ft.y, N, E + kt, yt + Math.PI);
    }
    const H = (E - N / h + (_ + w / h)) / 2;
    if (e.arc(r, a, h, E - N / h, H, !0), e.arc(r, a, h, H, _ + w / h, !0), w > 0) {
      const ft = Fn(z, et, r, a);
      e.arc(ft.x, ft.y, w, et + Math.PI, _ - kt);
    }
    const K = Fn(v, _, r, a);
    if (e.lineTo(K.x, K.y), M > 0) {
      const ft = Fn(v, k, r, a);
      e.arc(ft.x, ft.y, M, _ - kt, k);
    }
  } else {
    e.moveTo(r, a);
    const Q = Math.cos(k) * u + r, J = Math.sin(k) * u + a;
    e.lineTo(Q, J);
    const H = Math.cos(V) * u + r, K = Math.sin(V) * u + a;
    e.lineTo(H, K);
  }
  e.closePath();
}
function b_(e, t, n, s, i) {
  const { fullCircles: o, startAngle: r, circumference: a } = t;
  let l = t.endAngle;
  if (o) {
    eo(e, t, n, s, l, i);
    for (let c = 0; c < o; ++c)
      e.fill();
    isNaN(a) || (l = r + (a % xt || xt));
  }
  return eo(e, t, n, s, l, i), e.fill(), l;
}
function __(e, t, n, s, i) {
  const { fullCircles: o, startAngle: r, circumference: a, options: l } = t, { borderWidth: c, borderJoinStyle: f, borderDash: u, borderDashOffset: h } = l, d = l.borderAlign === "inner";
  if (!c)
    return;
  e.setLineDash(u || []), e.lineDashOffset = h, d ? (e.lineWidth = c * 2, e.lineJoin = f || "round") : (e.lineWidth = c, e.lineJoin = f || "bevel");
  let p = t.endAngle;
  if (o) {
    eo(e, t, n, s, p, i);
    for (let g = 0; g < o; ++g)
      e.stroke();
    isNaN(a) || (p = r + (a % xt || xt));
  }
  d && p_(e, t, p), o || (eo(e, t, n, s, p, i), e.stroke());
}
class ws extends Qn {
  constructor(n) {
    super();
    W(this, "circumference");
    W(this, "endAngle");
    W(this, "fullCircles");
    W(this, "innerRadius");
    W(this, "outerRadius");
    W(this, "pixelMargin");
    W(this, "startAngle");
    this.options = void 0, this.circumference = void 0, this.startAngle = void 0, this.endAngle = void 0, this.innerRadius = void 0, this.outerRadius = void 0, this.pixelMargin = 0, this.fullCircles = 0, n && Object.assign(this, n);
  }
  inRange(n, s, i) {
    const o = this.getProps([
      "x",
      "y"
    ], i), { angle: r, distance: a } = Du(o, {
      x: n,
      y: s
    }), { startAngle: l, endAngle: c, innerRadius: f, outerRadius: u, circumference: h } = this.getProps([
      "startAngle",
      "endAngle",
      "innerRadius",
      "outerRadius",
      "circumference"
    ], i), d = (this.options.spacing + this.options.borderWidth) / 2, p = ct(h, c - l), g = zs(r, l, c) && l !== c, b = p >= xt || g, _ = fa(a, f + d, u + d);
    return b && _;
  }
  getCenterPoint(n) {
    const { x: s, y: i, startAngle: o, endAngle: r, innerRadius: a, outerRadius: l } = this.getProps([
      "x",
      "y",
      "startAngle",
      "endAngle",
      "innerRadius",
      "outerRadius"
    ], n), { offset: c, spacing: f } = this.options, u = (o + r) / 2, h = (a + l + f + c) / 2;
    return {
      x: s + Math.cos(u) * h,
      y: i + Math.sin(u) * h
    };
  }
  tooltipPosition(n) {
    return this.getCenterPoint(n);
  }
  draw(n) {
    const { options: s, circumference: i } = this, o = (s.offset || 0) / 4, r = (s.spacing || 0) / 2, a = s.circular;
    if (this.pixelMargin = s.borderAlign === "inner" ? 0.33 : 0, this.fullCircles = i > xt ? Math.floor(i / xt) : 0, i === 0 || this.innerRadius < 0 || this.outerRadius < 0)
      return;
    n.save();
    const l = (this.startAngle + this.endAngle) / 2;
    n.translate(Math.cos(l) * o, Math.sin(l) * o);
    const c = 1 - Math.sin(Math.min(St, i || 0)), f = o * c;
    n.fillStyle = s.backgroundColor, n.strokeStyle = s.borderColor, b_(n, this, f, r, a), __(n, this, f, r, a), n.restore();
  }
}
W(ws, "id", "arc"), W(ws, "defaults", {
  borderAlign: "center",
  borderColor: "#fff",
  borderDash: [],
  borderDashOffset: 0,
  borderJoinStyle: void 0,
  borderRadius: 0,
  borderWidth: 2,
  offset: 0,
  spacing: 0,
  angle: void 0,
  circular: !0
}), W(ws, "defaultRoutes", {
  backgroundColor: "backgroundColor"
}), W(ws, "descriptors", {
  _scriptable: !0,
  _indexable: (n) => n !== "borderDash"
});
function Ju(e, t, n = t) {
  e.lineCap = ct(n.borderCapStyle, t.borderCapStyle), e.setLineDash(ct(n.borderDash, t.borderDash)), e.lineDashOffset = ct(n.borderDashOffset, t.borderDashOffset), e.lineJoin = ct(n.borderJoinStyle, t.borderJoinStyle), e.lineWidth = ct(n.borderWidth, t.borderWidth), e.strokeStyle = ct(n.borderColor, t.borderColor);
}
function y_(e, t, n) {
  e.lineTo(n.x, n.y);
}
function x_(e) {
  return e.stepped ? Zm : e.tension || e.cubicInterpolationMode === "monotone" ? Jm : y_;
}
function Qu(e, t, n = {}) {
  const s = e.length, { start: i = 0, end: o = s - 1 } = n, { start: r, end: a } = t, l = Math.max(i, r), c = Math.min(o, a), f = i < r && o < r || i > a && o > a;
  return {
    count: s,
    start: l,
    loop: t.loop,
    ilen: c < l && !f ? s + c - l : c - l
  };
}
function v_(e, t, n, s) {
  const { points: i, options: o } = t, { count: r, start: a, loop: l, ilen: c } = Qu(i, n, s), f = x_(o);
  let { move: u = !0, reverse: h } = s || {}, d, p, g;
  for (d = 0; d <= c; ++d)
    p = i[(a + (h ? c - d : d)) % r], !p.skip && (u ? (e.moveTo(p.x, p.y), u = !1) : f(e, g, p, h, o.stepped), g = p);
  return l && (p = i[(a + (h ? c : 0)) % r], f(e, g, p, h, o.stepped)), !!l;
}
function w_(e, t, n, s) {
  const i = t.points, { count: o, start: r, ilen: a } = Qu(i, n, s), { move: l = !0, reverse: c } = s || {};
  let f = 0, u = 0, h, d, p, g, b, _;
  const E = (D) => (r + (c ? a - D : D)) % o, M = () => {
    g !== b && (e.lineTo(f, b), e.lineTo(f, g), e.lineTo(f, _));
  };
  for (l && (d = i[E(0)], e.moveTo(d.x, d.y)), h = 0; h <= a; ++h) {
    if (d = i[E(h)], d.skip)
      continue;
    const D = d.x, w = d.y, N = D | 0;
    N === p ? (w < g ? g = w : w > b && (b = w), f = (u * f + D) / ++u) : (M(), e.lineTo(D, w), p = N, u = 0, g = b = w), _ = w;
  }
  M();
}
function Ar(e) {
  const t = e.options, n = t.borderDash && t.borderDash.length;
  return !e._decimated && !e._loop && !t.tension && t.cubicInterpolationMode !== "monotone" && !t.stepped && !n ? w_ : v_;
}
function E_(e) {
  return e.stepped ? A0 : e.tension || e.cubicInterpolationMode === "monotone" ? T0 : yn;
}
function O_(e, t, n, s) {
  let i = t._path;
  i || (i = t._path = new Path2D(), t.path(i, n, s) && i.closePath()), Ju(e, t.options), e.stroke(i);
}
function M_(e, t, n, s) {
  const { segments: i, options: o } = t, r = Ar(t);
  for (const a of i)
    Ju(e, o, a.style), e.beginPath(), r(e, t, a, {
      start: n,
      end: n + s - 1
    }) && e.closePath(), e.stroke();
}
const S_ = typeof Path2D == "function";
function N_(e, t, n, s) {
  S_ && !t.options.segment ? O_(e, t, n, s) : M_(e, t, n, s);
}
class xn extends Qn {
  constructor(t) {
    super(), this.animated = !0, this.options = void 0, this._chart = void 0, this._loop = void 0, this._fullLoop = void 0, this._path = void 0, this._points = void 0, this._segments = void 0, this._decimated = !1, this._pointsUpdated = !1, this._datasetIndex = void 0, t && Object.assign(this, t);
  }
  updateControlPoints(t, n) {
    const s = this.options;
    if ((s.tension || s.cubicInterpolationMode === "monotone") && !s.stepped && !this._pointsUpdated) {
      const i = s.spanGaps ? this._loop : this._fullLoop;
      E0(this._points, s, t, i, n), this._pointsUpdated = !0;
    }
  }
  set points(t) {
    this._points = t, delete this._segments, delete this._path, this._pointsUpdated = !1;
  }
  get points() {
    return this._points;
  }
  get segments() {
    return this._segments || (this._segments = j0(this, this.options.segment));
  }
  first() {
    const t = this.segments, n = this.points;
    return t.length && n[t[0].start];
  }
  last() {
    const t = this.segments, n = this.points, s = t.length;
    return s && n[t[s - 1].end];
  }
  interpolate(t, n) {
    const s = this.options, i = t[n], o = this.points, r = ju(this, {
      property: n,
      start: i,
      end: i
    });
    if (!r.length)
      return;
    const a = [], l = E_(s);
    let c, f;
    for (c = 0, f = r.length; c < f; ++c) {
      const { start: u, end: h } = r[c], d = o[u], p = o[h];
      if (d === p) {
        a.push(d);
        continue;
      }
      const g = Math.abs((i - d[n]) / (p[n] - d[n])), b = l(d, p, g, s.stepped);
      b[n] = t[n], a.push(b);
    }
    return a.length === 1 ? a[0] : a;
  }
  pathSegment(t, n, s) {
    return Ar(this)(t, this, n, s);
  }
  path(t, n, s) {
    const i = this.segments, o = Ar(this);
    let r = this._loop;
    n = n || 0, s = s || this.points.length - n;
    for (const a of i)
      r &= o(t, this, a, {
        start: n,
        end: n + s - 1
      });
    return !!r;
  }
  draw(t, n, s, i) {
    const o = this.options || {};
    (this.points || []).length && o.borderWidth && (t.save(), N_(t, this, s, i), t.restore()), this.animated && (this._pointsUpdated = !1, this._path = void 0);
  }
}
W(xn, "id", "line"), W(xn, "defaults", {
  borderCapStyle: "butt",
  borderDash: [],
  borderDashOffset: 0,
  borderJoinStyle: "miter",
  borderWidth: 3,
  capBezierPoints: !0,
  cubicInterpolationMode: "default",
  fill: !1,
  spanGaps: !1,
  stepped: !1,
  tension: 0
}), W(xn, "defaultRoutes", {
  backgroundColor: "backgroundColor",
  borderColor: "borderColor"
}), W(xn, "descriptors", {
  _scriptable: !0,
  _indexable: (t) => t !== "borderDash" && t !== "fill"
});
function xc(e, t, n, s) {
  const i = e.options, { [n]: o } = e.getProps([
    n
  ], s);
  return Math.abs(t - o) < i.radius + i.hitRadius;
}
class Vi extends Qn {
  constructor(n) {
    super();
    W(this, "parsed");
    W(this, "skip");
    W(this, "stop");
    this.options = void 0, this.parsed = void 0, this.skip = void 0, this.stop = void 0, n && Object.assign(this, n);
  }
  inRange(n, s, i) {
    const o = this.options, { x: r, y: a } = this.getProps([
      "x",
      "y"
    ], i);
    return Math.pow(n - r, 2) + Math.pow(s - a, 2) < Math.pow(o.hitRadius + o.radius, 2);
  }
  inXRange(n, s) {
    return xc(this, n, "x", s);
  }
  inYRange(n, s) {
    return xc(this, n, "y", s);
  }
  getCenterPoint(n) {
    const { x: s, y: i } = this.getProps([
      "x",
      "y"
    ], n);
    return {
      x: s,
      y: i
    };
  }
  size(n) {
    n = n || this.options || {};
    let s = n.radius || 0;
    s = Math.max(s, s && n.hoverRadius || 0);
    const i = s && n.borderWidth || 0;
    return (s + i) * 2;
  }
  draw(n, s) {
    const i = this.options;
    this.skip || i.radius < 0.1 || !Hs(this, s, this.size(i) / 2) || (n.strokeStyle = i.borderColor, n.lineWidth = i.borderWidth, n.fillStyle = i.backgroundColor, Nr(n, i, this.x, this.y));
  }
  getRange() {
    const n = this.options || {};
    return n.radius + n.hitRadius;
  }
}
W(Vi, "id", "point"), /**
* @type {any}
*/
W(Vi, "defaults", {
  borderWidth: 1,
  hitRadius: 1,
  hoverBorderWidth: 1,
  hoverRadius: 4,
  pointStyle: "circle",
  radius: 3,
  rotation: 0
}), /**
* @type {any}
*/
W(Vi, "defaultRoutes", {
  backgroundColor: "backgroundColor",
  borderColor: "borderColor"
});
function D_(e, t, n) {
  const s = e.segments, i = e.points, o = t.points, r = [];
  for (const a of s) {
    let { start: l, end: c } = a;
    c = Ea(l, c, i);
    const f = Tr(n, i[l], i[c], a.loop);
    if (!t.segments) {
      r.push({
        source: a,
        target: f,
        start: i[l],
        end: i[c]
      });
      continue;
    }
    const u = ju(t, f);
    for (const h of u) {
      const d = Tr(n, o[h.start], o[h.end], h.loop), p = $u(a, i, d);
      for (const g of p)
        r.push({
          source: g,
          target: h,
          start: {
            [n]: vc(f, d, "start", Math.max)
          },
          end: {
            [n]: vc(f, d, "end", Math.min)
          }
        });
    }
  }
  return r;
}
function Tr(e, t, n, s) {
  if (s)
    return;
  let i = t[e], o = n[e];
  return e === "angle" && (i = Me(i), o = Me(o)), {
    property: e,
    start: i,
    end: o
  };
}
function k_(e, t) {
  const { x: n = null, y: s = null } = e || {}, i = t.points, o = [];
  return t.segments.forEach(({ start: r, end: a }) => {
    a = Ea(r, a, i);
    const l = i[r], c = i[a];
    s !== null ? (o.push({
      x: l.x,
      y: s
    }), o.push({
      x: c.x,
      y: s
    })) : n !== null && (o.push({
      x: n,
      y: l.y
    }), o.push({
      x: n,
      y: c.y
    }));
  }), o;
}
function Ea(e, t, n) {
  for (; t > e; t--) {
    const s = n[t];
    if (!isNaN(s.x) && !isNaN(s.y))
      break;
  }
  return t;
}
function vc(e, t, n, s) {
  return e && t ? s(e[n], t[n]) : e ? e[n] : t ? t[n] : 0;
}
function th(e, t) {
  let n = [], s = !1;
  return Pt(e) ? (s = !0, n = e) : n = k_(e, t), n.length ? new xn({
    points: n,
    options: {
      tension: 0
    },
    _loop: s,
    _fullLoop: s
  }) : null;
}
function wc(e) {
  return e && e.fill !== !1;
}
function C_(e, t, n) {
  let i = e[t].fill;
  const o = [
    t
  ];
  let r;
  if (!n)
    return i;
  for (; i !== !1 && o.indexOf(i) === -1; ) {
    if (!It(i))
      return i;
    if (r = e[i], !r)
      return !1;
    if (r.visible)
      return i;
    o.push(i), i = r.fill;
  }
  return !1;
}
function A_(e, t, n) {
  const s = V_(e);
  if (ot(s))
    return isNaN(s.value) ? !1 : s;
  let i = parseFloat(s);
  return It(i) && Math.floor(i) === i ? T_(s[0], t, i, n) : [
    "origin",
    "start",
    "end",
    "stack",
    "shape"
  ].indexOf(s) >= 0 && s;
}
function T_(e, t, n, s) {
  return (e === "-" || e === "+") && (n = t + n), n === t || n < 0 || n >= s ? !1 : n;
}
function P_(e, t) {
  let n = null;
  return e === "start" ? n = t.bottom : e === "end" ? n = t.top : ot(e) ? n = t.getPixelForValue(e.value) : t.getBasePixel && (n = t.getBasePixel()), n;
}
function R_(e, t, n) {
  let s;
  return e === "start" ? s = n : e === "end" ? s = t.options.reverse ? t.min : t.max : ot(e) ? s = e.value : s = t.getBaseValue(), s;
}
function V_(e) {
  const t = e.options, n = t.fill;
  let s = ct(n && n.target, n);
  return s === void 0 && (s = !!t.backgroundColor), s === !1 || s === null ? !1 : s === !0 ? "origin" : s;
}
function I_(e) {
  const { scale: t, index: n, line: s } = e, i = [], o = s.segments, r = s.points, a = L_(t, n);
  a.push(th({
    x: null,
    y: t.bottom
  }, s));
  for (let l = 0; l < o.length; l++) {
    const c = o[l];
    for (let f = c.start; f <= c.end; f++)
      F_(i, r[f], a);
  }
  return new xn({
    points: i,
    options: {}
  });
}
function L_(e, t) {
  const n = [], s = e.getMatchingVisibleMetas("line");
  for (let i = 0; i < s.length; i++) {
    const o = s[i];
    if (o.index === t)
      break;
    o.hidden || n.unshift(o.dataset);
  }
  return n;
}
function F_(e, t, n) {
  const s = [];
  for (let i = 0; i < n.length; i++) {
    const o = n[i], { first: r, last: a, point: l } = $_(o, t, "x");
    if (!(!l || r && a)) {
      if (r)
        s.unshift(l);
      else if (e.push(l), !a)
        break;
    }
  }
  e.push(...s);
}
function $_(e, t, n) {
  const s = e.interpolate(t, n);
  if (!s)
    return {};
  const i = s[n], o = e.segments, r = e.points;
  let a = !1, l = !1;
  for (let c = 0; c < o.length; c++) {
    const f = o[c], u = r[f.start][n], h = r[f.end][n];
    if (fa(i, u, h)) {
      a = i === u, l = i === h;
      break;
    }
  }
  return {
    first: a,
    last: l,
    point: s
  };
}
class eh {
  constructor(t) {
    this.x = t.x, this.y = t.y, this.radius = t.radius;
  }
  pathSegment(t, n, s) {
    const { x: i, y: o, radius: r } = this;
    return n = n || {
      start: 0,
      end: xt
    }, t.arc(i, o, r, n.end, n.start, !0), !s.bounds;
  }
  interpolate(t) {
    const { x: n, y: s, radius: i } = this, o = t.angle;
    return {
      x: n + Math.cos(o) * i,
      y: s + Math.sin(o) * i,
      angle: o
    };
  }
}
function j_(e) {
  const { chart: t, fill: n, line: s } = e;
  if (It(n))
    return B_(t, n);
  if (n === "stack")
    return I_(e);
  if (n === "shape")
    return !0;
  const i = z_(e);
  return i instanceof eh ? i : th(i, s);
}
function B_(e, t) {
  const n = e.getDatasetMeta(t);
  return n && e.isDatasetVisible(t) ? n.dataset : null;
}
function z_(e) {
  return (e.scale || {}).getPointPositionForValue ? W_(e) : H_(e);
}
function H_(e) {
  const { scale: t = {}, fill: n } = e, s = P_(n, t);
  if (It(s)) {
    const i = t.isHorizontal();
    return {
      x: i ? s : null,
      y: i ? null : s
    };
  }
  return null;
}
function W_(e) {
  const { scale: t, fill: n } = e, s = t.options, i = t.getLabels().length, o = s.reverse ? t.max : t.min, r = R_(n, t, o), a = [];
  if (s.grid.circular) {
    const l = t.getPointPositionForValue(0, o);
    return new eh({
      x: l.x,
      y: l.y,
      radius: t.getDistanceFromCenterForValue(r)
    });
  }
  for (let l = 0; l < i; ++l)
    a.push(t.getPointPositionForValue(l, r));
  return a;
}
function Xo(e, t, n) {
  const s = j_(t), { line: i, scale: o, axis: r } = t, a = i.options, l = a.fill, c = a.backgroundColor, { above: f = c, below: u = c } = l || {};
  s && i.points.length && (pa(e, n), Y_(e, {
    line: i,
    target: s,
    above: f,
    below: u,
    area: n,
    scale: o,
    axis: r
  }), ga(e));
}
function Y_(e, t) {
  const { line: n, target: s, above: i, below: o, area: r, scale: a } = t, l = n._loop ? "angle" : t.axis;
  e.save(), l === "x" && o !== i && (Ec(e, s, r.top), Oc(e, {
    line: n,
    target: s,
    color: i,
    scale: a,
    property: l
  }), e.restore(), e.save(), Ec(e, s, r.bottom)), Oc(e, {
    line: n,
    target: s,
    color: o,
    scale: a,
    property: l
  }), e.restore();
}
function Ec(e, t, n) {
  const { segments: s, points: i } = t;
  let o = !0, r = !1;
  e.beginPath();
  for (const a of s) {
    const { start: l, end: c } = a, f = i[l], u = i[Ea(l, c, i)];
    o ? (e.moveTo(f.x, f.y), o = !1) : (e.lineTo(f.x, n), e.lineTo(f.x, f.y)), r = !!t.pathSegment(e, a, {
      move: r
    }), r ? e.closePath() : e.lineTo(u.x, n);
  }
  e.lineTo(t.first().x, n), e.closePath(), e.clip();
}
function Oc(e, t) {
  const { line: n, target: s, property: i, color: o, scale: r } = t, a = D_(n, s, i);
  for (const { source: l, target: c, start: f, end: u } of a) {
    const { style: { backgroundColor: h = o } = {} } = l, d = s !== !0;
    e.save(), e.fillStyle = h, U_(e, r, d && Tr(i, f, u)), e.beginPath();
    const p = !!n.pathSegment(e, l);
    let g;
    if (d) {
      p ? e.closePath() : Mc(e, s, u, i);
      const b = !!s.pathSegment(e, c, {
        move: p,
        reverse: !0
      });
      g = p && b, g || Mc(e, s, f, i);
    }
    e.closePath(), e.fill(g ? "evenodd" : "nonzero"), e.restore();
  }
}
function U_(e, t, n) {
  const { top: s, bottom: i } = t.chart.chartArea, { property: o, start: r, end: a } = n || {};
  o === "x" && (e.beginPath(), e.rect(r, s, a - r, i - s), e.clip());
}
function Mc(e, t, n, s) {
  const i = t.interpolate(n, s);
  i && e.lineTo(i.x, i.y);
}
var K_ = {
  id: "filler",
  afterDatasetsUpdate(e, t, n) {
    const s = (e.data.datasets || []).length, i = [];
    let o, r, a, l;
    for (r = 0; r < s; ++r)
      o = e.getDatasetMeta(r), a = o.dataset, l = null, a && a.options && a instanceof xn && (l = {
        visible: e.isDatasetVisible(r),
        index: r,
        fill: A_(a, r, s),
        chart: e,
        axis: o.controller.options.indexAxis,
        scale: o.vScale,
        line: a
      }), o.$filler = l, i.push(l);
    for (r = 0; r < s; ++r)
      l = i[r], !(!l || l.fill === !1) && (l.fill = C_(i, r, n.propagate));
  },
  beforeDraw(e, t, n) {
    const s = n.drawTime === "beforeDraw", i = e.getSortedVisibleDatasetMetas(), o = e.chartArea;
    for (let r = i.length - 1; r >= 0; --r) {
      const a = i[r].$filler;
      a && (a.line.updateControlPoints(o, a.axis), s && a.fill && Xo(e.ctx, a, o));
    }
  },
  beforeDatasetsDraw(e, t, n) {
    if (n.drawTime !== "beforeDatasetsDraw")
      return;
    const s = e.getSortedVisibleDatasetMetas();
    for (let i = s.length - 1; i >= 0; --i) {
      const o = s[i].$filler;
      wc(o) && Xo(e.ctx, o, e.chartArea);
    }
  },
  beforeDatasetDraw(e, t, n) {
    const s = t.meta.$filler;
    !wc(s) || n.drawTime !== "beforeDatasetDraw" || Xo(e.ctx, s, e.chartArea);
  },
  defaults: {
    propagate: !0,
    drawTime: "beforeDatasetDraw"
  }
};
const Es = {
  average(e) {
    if (!e.length)
      return !1;
    let t, n, s = /* @__PURE__ */ new Set(), i = 0, o = 0;
    for (t = 0, n = e.length; t < n; ++t) {
      const a = e[t].element;
      if (a && a.hasValue()) {
        const l = a.tooltipPosition();
        s.add(l.x), i += l.y, ++o;
      }
    }
    return o === 0 || s.size === 0 ? !1 : {
      x: [
        ...s
      ].reduce((a, l) => a + l) / s.size,
      y: i / o
    };
  },
  nearest(e, t) {
    if (!e.length)
      return !1;
    let n = t.x, s = t.y, i = Number.POSITIVE_INFINITY, o, r, a;
    for (o = 0, r = e.length; o < r; ++o) {
      const l = e[o].element;
      if (l && l.hasValue()) {
        const c = l.getCenterPoint(), f = Or(t, c);
        f < i && (i = f, a = l);
      }
    }
    if (a) {
      const l = a.tooltipPosition();
      n = l.x, s = l.y;
    }
    return {
      x: n,
      y: s
    };
  }
};
function we(e, t) {
  return t && (Pt(t) ? Array.prototype.push.apply(e, t) : e.push(t)), e;
}
function $e(e) {
  return (typeof e == "string" || e instanceof String) && e.indexOf(`
`) > -1 ? e.split(`
`) : e;
}
function X_(e, t) {
  const { element: n, datasetIndex: s, index: i } = t, o = e.getDatasetMeta(s).controller, { label: r, value: a } = o.getLabelAndValue(i);
  return {
    chart: e,
    label: r,
    parsed: o.getParsed(i),
    raw: e.data.datasets[s].data[i],
    formattedValue: a,
    dataset: o.getDataset(),
    dataIndex: i,
    datasetIndex: s,
    element: n
  };
}
function Sc(e, t) {
  const n = e.chart.ctx, { body: s, footer: i, title: o } = e, { boxWidth: r, boxHeight: a } = t, l = ke(t.bodyFont), c = ke(t.titleFont), f = ke(t.footerFont), u = o.length, h = i.length, d = s.length, p = rn(t.padding);
  let g = p.height, b = 0, _ = s.reduce((D, w) => D + w.before.length + w.lines.length + w.after.length, 0);
  if (_ += e.beforeBody.length + e.afterBody.length, u && (g += u * c.lineHeight + (u - 1) * t.titleSpacing + t.titleMarginBottom), _) {
    const D = t.displayColors ? Math.max(a, l.lineHeight) : l.lineHeight;
    g += d * D + (_ - d) * l.lineHeight + (_ - 1) * t.bodySpacing;
  }
  h && (g += t.footerMarginTop + h * f.lineHeight + (h - 1) * t.footerSpacing);
  let E = 0;
  const M = function(D) {
    b = Math.max(b, n.measureText(D).width + E);
  };
  return n.save(), n.font = c.string, ht(e.title, M), n.font = l.string, ht(e.beforeBody.concat(e.afterBody), M), E = t.displayColors ? r + 2 + t.boxPadding : 0, ht(s, (D) => {
    ht(D.before, M), ht(D.lines, M), ht(D.after, M);
  }), E = 0, n.font = f.string, ht(e.footer, M), n.restore(), b += p.width, {
    width: b,
    height: g
  };
}
function q_(e, t) {
  const { y: n, height: s } = t;
  return n < s / 2 ? "top" : n > e.height - s / 2 ? "bottom" : "center";
}
function G_(e, t, n, s) {
  const { x: i, width: o } = s, r = n.caretSize + n.caretPadding;
  if (e === "left" && i + o + r > t.width || e === "right" && i - o - r < 0)
    return !0;
}
function Z_(e, t, n, s) {
  const { x: i, width: o } = n, { width: r, chartArea: { left: a, right: l } } = e;
  let c = "center";
  return s === "center" ? c = i <= (a + l) / 2 ? "left" : "right" : i <= o / 2 ? c = "left" : i >= r - o / 2 && (c = "right"), G_(c, e, t, n) && (c = "center"), c;
}
function Nc(e, t, n) {
  const s = n.yAlign || t.yAlign || q_(e, n);
  return {
    xAlign: n.xAlign || t.xAlign || Z_(e, t, n, s),
    yAlign: s
  };
}
function J_(e, t) {
  let { x: n, width: s } = e;
  return t === "right" ? n -= s : t === "center" && (n -= s / 2), n;
}
function Q_(e, t, n) {
  let { y: s, height: i } = e;
  return t === "top" ? s += n : t === "bottom" ? s -= i + n : s -= i / 2, s;
}
function Dc(e, t, n, s) {
  const { caretSize: i, caretPadding: o, cornerRadius: r } = e, { xAlign: a, yAlign: l } = n, c = i + o, { topLeft: f, topRight: u, bottomLeft: h, bottomRight: d } = Ti(r);
  let p = J_(t, a);
  const g = Q_(t, l, c);
  return l === "center" ? a === "left" ? p += c : a === "right" && (p -= c) : a === "left" ? p -= Math.max(f, h) + i : a === "right" && (p += Math.max(u, d) + i), {
    x: ne(p, 0, s.width - t.width),
    y: ne(g, 0, s.height - t.height)
  };
}
function bi(e, t, n) {
  const s = rn(n.padding);
  return t === "center" ? e.x + e.width / 2 : t === "right" ? e.x + e.width - s.right : e.x + s.left;
}
function kc(e) {
  return we([], $e(e));
}
function ty(e, t, n) {
  return Tn(e, {
    tooltip: t,
    tooltipItems: n,
    type: "tooltip"
  });
}
function Cc(e, t) {
  const n = t && t.dataset && t.dataset.tooltip && t.dataset.tooltip.callbacks;
  return n ? e.override(n) : e;
}
const nh = {
  beforeTitle: Ie,
  title(e) {
    if (e.length > 0) {
      const t = e[0], n = t.chart.data.labels, s = n ? n.length : 0;
      if (this && this.options && this.options.mode === "dataset")
        return t.dataset.label || "";
      if (t.label)
        return t.label;
      if (s > 0 && t.dataIndex < s)
        return n[t.dataIndex];
    }
    return "";
  },
  afterTitle: Ie,
  beforeBody: Ie,
  beforeLabel: Ie,
  label(e) {
    if (this && this.options && this.options.mode === "dataset")
      return e.label + ": " + e.formattedValue || e.formattedValue;
    let t = e.dataset.label || "";
    t && (t += ": ");
    const n = e.formattedValue;
    return wt(n) || (t += n), t;
  },
  labelColor(e) {
    const n = e.chart.getDatasetMeta(e.datasetIndex).controller.getStyle(e.dataIndex);
    return {
      borderColor: n.borderColor,
      backgroundColor: n.backgroundColor,
      borderWidth: n.borderWidth,
      borderDash: n.borderDash,
      borderDashOffset: n.borderDashOffset,
      borderRadius: 0
    };
  },
  labelTextColor() {
    return this.options.bodyColor;
  },
  labelPointStyle(e) {
    const n = e.chart.getDatasetMeta(e.datasetIndex).controller.getStyle(e.dataIndex);
    return {
      pointStyle: n.pointStyle,
      rotation: n.rotation
    };
  },
  afterLabel: Ie,
  afterBody: Ie,
  beforeFooter: Ie,
  footer: Ie,
  afterFooter: Ie
};
function Ut(e, t, n, s) {
  const i = e[t].call(n, s);
  return typeof i > "u" ? nh[t].call(n, s) : i;
}
class Pr extends Qn {
  constructor(t) {
    super(), this.opacity = 0, this._active = [], this._eventPosition = void 0, this._size = void 0, this._cachedAnimations = void 0, this._tooltipItems = [], this.$animations = void 0, this.$context = void 0, this.chart = t.chart, this.options = t.options, this.dataPoints = void 0, this.title = void 0, this.beforeBody = void 0, this.body = void 0, this.afterBody = void 0, this.footer = void 0, this.xAlign = void 0, this.yAlign = void 0, this.x = void 0, this.y = void 0, this.height = void 0, this.width = void 0, this.caretX = void 0, this.caretY = void 0, this.labelColors = void 0, this.labelPointStyles = void 0, this.labelTextColors = void 0;
  }
  initialize(t) {
    this.options = t, this._cachedAnimations = void 0, this.$context = void 0;
  }
  _resolveAnimations() {
    const t = this._cachedAnimations;
    if (t)
      return t;
    const n = this.chart, s = this.options.setContext(this.getContext()), i = s.enabled && n.options.animation && s.animations, o = new Bu(this.chart, i);
    return i._cacheable && (this._cachedAnimations = Object.freeze(o)), o;
  }
  getContext() {
    return this.$context || (this.$context = ty(this.chart.getContext(), this, this._tooltipItems));
  }
  getTitle(t, n) {
    const { callbacks: s } = n, i = Ut(s, "beforeTitle", this, t), o = Ut(s, "title", this, t), r = Ut(s, "afterTitle", this, t);
    let a = [];
    return a = we(a, $e(i)), a = we(a, $e(o)), a = we(a, $e(r)), a;
  }
  getBeforeBody(t, n) {
    return kc(Ut(n.callbacks, "beforeBody", this, t));
  }
  getBody(t, n) {
    const { callbacks: s } = n, i = [];
    return ht(t, (o) => {
      const r = {
        before: [],
        lines: [],
        after: []
      }, a = Cc(s, o);
      we(r.before, $e(Ut(a, "beforeLabel", this, o))), we(r.lines, Ut(a, "label", this, o)), we(r.after, $e(Ut(a, "afterLabel", this, o))), i.push(r);
    }), i;
  }
  getAfterBody(t, n) {
    return kc(Ut(n.callbacks, "afterBody", this, t));
  }
  getFooter(t, n) {
    const { callbacks: s } = n, i = Ut(s, "beforeFooter", this, t), o = Ut(s, "footer", this, t), r = Ut(s, "afterFooter", this, t);
    let a = [];
    return a = we(a, $e(i)), a = we(a, $e(o)), a = we(a, $e(r)), a;
  }
  _createItems(t) {
    const n = this._active, s = this.chart.data, i = [], o = [], r = [];
    let a = [], l, c;
    for (l = 0, c = n.length; l < c; ++l)
      a.push(X_(this.chart, n[l]));
    return t.filter && (a = a.filter((f, u, h) => t.filter(f, u, h, s))), t.itemSort && (a = a.sort((f, u) => t.itemSort(f, u, s))), ht(a, (f) => {
      const u = Cc(t.callbacks, f);
      i.push(Ut(u, "labelColor", this, f)), o.push(Ut(u, "labelPointStyle", this, f)), r.push(Ut(u, "labelTextColor", this, f));
    }), this.labelColors = i, this.labelPointStyles = o, this.labelTextColors = r, this.dataPoints = a, a;
  }
  update(t, n) {
    const s = this.options.setContext(this.getContext()), i = this._active;
    let o, r = [];
    if (!i.length)
      this.opacity !== 0 && (o = {
        opacity: 0
      });
    else {
      const a = Es[s.position].call(this, i, this._eventPosition);
      r = this._createItems(s), this.title = this.getTitle(r, s), this.beforeBody = this.getBeforeBody(r, s), this.body = this.getBody(r, s), this.afterBody = this.getAfterBody(r, s), this.footer = this.getFooter(r, s);
      const l = this._size = Sc(this, s), c = Object.assign({}, a, l), f = Nc(this.chart, s, c), u = Dc(s, c, f, this.chart);
      this.xAlign = f.xAlign, this.yAlign = f.yAlign, o = {
        opacity: 1,
        x: u.x,
        y: u.y,
        width: l.width,
        height: l.height,
        caretX: a.x,
        caretY: a.y
      };
    }
    this._tooltipItems = r, this.$context = void 0, o && this._resolveAnimations().update(this, o), t && s.external && s.external.call(this, {
      chart: this.chart,
      tooltip: this,
      replay: n
    });
  }
  drawCaret(t, n, s, i) {
    const o = this.getCaretPosition(t, s, i);
    n.lineTo(o.x1, o.y1), n.lineTo(o.x2, o.y2), n.lineTo(o.x3, o.y3);
  }
  getCaretPosition(t, n, s) {
    const { xAlign: i, yAlign: o } = this, { caretSize: r, cornerRadius: a } = s, { topLeft: l, topRight: c, bottomLeft: f, bottomRight: u } = Ti(a), { x: h, y: d } = t, { width: p, height: g } = n;
    let b, _, E, M, D, w;
    return o === "center" ? (D = d + g / 2, i === "left" ? (b = h, _ = b - r, M = D + r, w = D - r) : (b = h + p, _ = b + r, M = D - r, w = D + r), E = b) : (i === "left" ? _ = h + Math.max(l, f) + r : i === "right" ? _ = h + p - Math.max(c, u) - r : _ = this.caretX, o === "top" ? (M = d, D = M - r, b = _ - r, E = _ + r) : (M = d + g, D = M + r, b = _ + r, E = _ - r), w = M), {
      x1: b,
      x2: _,
      x3: E,
      y1: M,
      y2: D,
      y3: w
    };
  }
  drawTitle(t, n, s) {
    const i = this.title, o = i.length;
    let r, a, l;
    if (o) {
      const c = Bo(s.rtl, this.x, this.width);
      for (t.x = bi(this, s.titleAlign, s), n.textAlign = c.textAlign(s.titleAlign), n.textBaseline = "middle", r = ke(s.titleFont), a = s.titleSpacing, n.fillStyle = s.titleColor, n.font = r.string, l = 0; l < o; ++l)
        n.fillText(i[l], c.x(t.x), t.y + r.lineHeight / 2), t.y += r.lineHeight + a, l + 1 === o && (t.y += s.titleMarginBottom - a);
    }
  }
  _drawColorBox(t, n, s, i, o) {
    const r = this.labelColors[s], a = this.labelPointStyles[s], { boxHeight: l, boxWidth: c } = o, f = ke(o.bodyFont), u = bi(this, "left", o), h = i.x(u), d = l < f.lineHeight ? (f.lineHeight - l) / 2 : 0, p = n.y + d;
    if (o.usePointStyle) {
      const g = {
        radius: Math.min(c, l) / 2,
        pointStyle: a.pointStyle,
        rotation: a.rotation,
        borderWidth: 1
      }, b = i.leftForLtr(h, c) + c / 2, _ = p + l / 2;
      t.strokeStyle = o.multiKeyBackground, t.fillStyle = o.multiKeyBackground, Nr(t, g, b, _), t.strokeStyle = r.borderColor, t.fillStyle = r.backgroundColor, Nr(t, g, b, _);
    } else {
      t.lineWidth = ot(r.borderWidth) ? Math.max(...Object.values(r.borderWidth)) : r.borderWidth || 1, t.strokeStyle = r.borderColor, t.setLineDash(r.borderDash || []), t.lineDashOffset = r.borderDashOffset || 0;
      const g = i.leftForLtr(h, c), b = i.leftForLtr(i.xPlus(h, 1), c - 2), _ = Ti(r.borderRadius);
      Object.values(_).some((E) => E !== 0) ? (t.beginPath(), t.fillStyle = o.multiKeyBackground, Bl(t, {
        x: g,
        y: p,
        w: c,
        h: l,
        radius: _
      }), t.fill(), t.stroke(), t.fillStyle = r.backgroundColor, t.beginPath(), Bl(t, {
        x: b,
        y: p + 1,
        w: c - 2,
        h: l - 2,
        radius: _
      }), t.fill()) : (t.fillStyle = o.multiKeyBackground, t.fillRect(g, p, c, l), t.strokeRect(g, p, c, l), t.fillStyle = r.backgroundColor, t.fillRect(b, p + 1, c - 2, l - 2));
    }
    t.fillStyle = this.labelTextColors[s];
  }
  drawBody(t, n, s) {
    const { body: i } = this, { bodySpacing: o, bodyAlign: r, displayColors: a, boxHeight: l, boxWidth: c, boxPadding: f } = s, u = ke(s.bodyFont);
    let h = u.lineHeight, d = 0;
    const p = Bo(s.rtl, this.x, this.width), g = function(S) {
      n.fillText(S, p.x(t.x + d), t.y + h / 2), t.y += h + o;
    }, b = p.textAlign(r);
    let _, E, M, D, w, N, v;
    for (n.textAlign = r, n.textBaseline = "middle", n.font = u.string, t.x = bi(this, b, s), n.fillStyle = s.bodyColor, ht(this.beforeBody, g), d = a && b !== "right" ? r === "center" ? c / 2 + f : c + 2 + f : 0, D = 0, N = i.length; D < N; ++D) {
      for (_ = i[D], E = this.labelTextColors[D], n.fillStyle = E, ht(_.before, g), M = _.lines, a && M.length && (this._drawColorBox(n, t, D, p, s), h = Math.max(u.lineHeight, l)), w = 0, v = M.length; w < v; ++w)
        g(M[w]), h = u.lineHeight;
      ht(_.after, g);
    }
    d = 0, h = u.lineHeight, ht(this.afterBody, g), t.y -= o;
  }
  drawFooter(t, n, s) {
    const i = this.footer, o = i.length;
    let r, a;
    if (o) {
      const l = Bo(s.rtl, this.x, this.width);
      for (t.x = bi(this, s.footerAlign, s), t.y += s.footerMarginTop, n.textAlign = l.textAlign(s.footerAlign), n.textBaseline = "middle", r = ke(s.footerFont), n.fillStyle = s.footerColor, n.font = r.string, a = 0; a < o; ++a)
        n.fillText(i[a], l.x(t.x), t.y + r.lineHeight / 2), t.y += r.lineHeight + s.footerSpacing;
    }
  }
  drawBackground(t, n, s, i) {
    const { xAlign: o, yAlign: r } = this, { x: a, y: l } = t, { width: c, height: f } = s, { topLeft: u, topRight: h, bottomLeft: d, bottomRight: p } = Ti(i.cornerRadius);
    n.fillStyle = i.backgroundColor, n.strokeStyle = i.borderColor, n.lineWidth = i.borderWidth, n.beginPath(), n.moveTo(a + u, l), r === "top" && this.drawCaret(t, n, s, i), n.lineTo(a + c - h, l), n.quadraticCurveTo(a + c, l, a + c, l + h), r === "center" && o === "right" && this.drawCaret(t, n, s, i), n.lineTo(a + c, l + f - p), n.quadraticCurveTo(a + c, l + f, a + c - p, l + f), r === "bottom" && this.drawCaret(t, n, s, i), n.lineTo(a + d, l + f), n.quadraticCurveTo(a, l + f, a, l + f - d), r === "center" && o === "left" && this.drawCaret(t, n, s, i), n.lineTo(a, l + u), n.quadraticCurveTo(a, l, a + u, l), n.closePath(), n.fill(), i.borderWidth > 0 && n.stroke();
  }
  _updateAnimationTarget(t) {
    const n = this.chart, s = this.$animations, i = s && s.x, o = s && s.y;
    if (i || o) {
      const r = Es[t.position].call(this, this._active, this._eventPosition);
      if (!r)
        return;
      const a = this._size = Sc(this, t), l = Object.assign({}, r, this._size), c = Nc(n, t, l), f = Dc(t, l, c, n);
      (i._to !== f.x || o._to !== f.y) && (this.xAlign = c.xAlign, this.yAlign = c.yAlign, this.width = a.width, this.height = a.height, this.caretX = r.x, this.caretY = r.y, this._resolveAnimations().update(this, f));
    }
  }
  _willRender() {
    return !!this.opacity;
  }
  draw(t) {
    const n = this.options.setContext(this.getContext());
    let s = this.opacity;
    if (!s)
      return;
    this._updateAnimationTarget(n);
    const i = {
      width: this.width,
      height: this.height
    }, o = {
      x: this.x,
      y: this.y
    };
    s = Math.abs(s) < 1e-3 ? 0 : s;
    const r = rn(n.padding), a = this.title.length || this.beforeBody.length || this.body.length || this.afterBody.length || this.footer.length;
    n.enabled && a && (t.save(), t.globalAlpha = s, this.drawBackground(o, t, i, n), V0(t, n.textDirection), o.y += r.top, this.drawTitle(o, t, n), this.drawBody(o, t, n), this.drawFooter(o, t, n), I0(t, n.textDirection), t.restore());
  }
  getActiveElements() {
    return this._active || [];
  }
  setActiveElements(t, n) {
    const s = this._active, i = t.map(({ datasetIndex: a, index: l }) => {
      const c = this.chart.getDatasetMeta(a);
      if (!c)
        throw new Error("Cannot find a dataset at index " + a);
      return {
        datasetIndex: a,
        element: c.data[l],
        index: l
      };
    }), o = !Xi(s, i), r = this._positionChanged(i, n);
    (o || r) && (this._active = i, this._eventPosition = n, this._ignoreReplayEvents = !0, this.update(!0));
  }
  handleEvent(t, n, s = !0) {
    if (n && this._ignoreReplayEvents)
      return !1;
    this._ignoreReplayEvents = !1;
    const i = this.options, o = this._active || [], r = this._getActiveElements(t, o, n, s), a = this._positionChanged(r, t), l = n || !Xi(r, o) || a;
    return l && (this._active = r, (i.enabled || i.external) && (this._eventPosition = {
      x: t.x,
      y: t.y
    }, this.update(!0, n))), l;
  }
  _getActiveElements(t, n, s, i) {
    const o = this.options;
    if (t.type === "mouseout")
      return [];
    if (!i)
      return n.filter((a) => this.chart.data.datasets[a.datasetIndex] && this.chart.getDatasetMeta(a.datasetIndex).controller.getParsed(a.index) !== void 0);
    const r = this.chart.getElementsAtEventForMode(t, o.mode, o, s);
    return o.reverse && r.reverse(), r;
  }
  _positionChanged(t, n) {
    const { caretX: s, caretY: i, options: o } = this, r = Es[o.position].call(this, t, n);
    return r !== !1 && (s !== r.x || i !== r.y);
  }
}
W(Pr, "positioners", Es);
var ey = {
  id: "tooltip",
  _element: Pr,
  positioners: Es,
  afterInit(e, t, n) {
    n && (e.tooltip = new Pr({
      chart: e,
      options: n
    }));
  },
  beforeUpdate(e, t, n) {
    e.tooltip && e.tooltip.initialize(n);
  },
  reset(e, t, n) {
    e.tooltip && e.tooltip.initialize(n);
  },
  afterDraw(e) {
    const t = e.tooltip;
    if (t && t._willRender()) {
      const n = {
        tooltip: t
      };
      if (e.notifyPlugins("beforeTooltipDraw", {
        ...n,
        cancelable: !0
      }) === !1)
        return;
      t.draw(e.ctx), e.notifyPlugins("afterTooltipDraw", n);
    }
  },
  afterEvent(e, t) {
    if (e.tooltip) {
      const n = t.replay;
      e.tooltip.handleEvent(t.event, n, t.inChartArea) && (t.changed = !0);
    }
  },
  defaults: {
    enabled: !0,
    external: null,
    position: "average",
    backgroundColor: "rgba(0,0,0,0.8)",
    titleColor: "#fff",
    titleFont: {
      weight: "bold"
    },
    titleSpacing: 2,
    titleMarginBottom: 6,
    titleAlign: "left",
    bodyColor: "#fff",
    bodySpacing: 2,
    bodyFont: {},
    bodyAlign: "left",
    footerColor: "#fff",
    footerSpacing: 2,
    footerMarginTop: 6,
    footerFont: {
      weight: "bold"
    },
    footerAlign: "left",
    padding: 6,
    caretPadding: 2,
    caretSize: 5,
    cornerRadius: 6,
    boxHeight: (e, t) => t.bodyFont.size,
    boxWidth: (e, t) => t.bodyFont.size,
    multiKeyBackground: "#fff",
    displayColors: !0,
    boxPadding: 0,
    borderColor: "rgba(0,0,0,0)",
    borderWidth: 0,
    animation: {
      duration: 400,
      easing: "easeOutQuart"
    },
    animations: {
      numbers: {
        type: "number",
        properties: [
          "x",
          "y",
          "width",
          "height",
          "caretX",
          "caretY"
        ]
      },
      opacity: {
        easing: "linear",
        duration: 200
      }
    },
    callbacks: nh
  },
  defaultRoutes: {
    bodyFont: "font",
    footerFont: "font",
    titleFont: "font"
  },
  descriptors: {
    _scriptable: (e) => e !== "filter" && e !== "itemSort" && e !== "external",
    _indexable: !1,
    callbacks: {
      _scriptable: !1,
      _indexable: !1
    },
    animation: {
      _fallback: !1
    },
    animations: {
      _fallback: "animation"
    }
  },
  additionalOptionScopes: [
    "interaction"
  ]
};
const ny = (e, t, n, s) => (typeof t == "string" ? (n = e.push(t) - 1, s.unshift({
  index: n,
  label: t
})) : isNaN(t) && (n = null), n);
function sy(e, t, n, s) {
  const i = e.indexOf(t);
  if (i === -1)
    return ny(e, t, n, s);
  const o = e.lastIndexOf(t);
  return i !== o ? n : i;
}
const iy = (e, t) => e === null ? null : ne(Math.round(e), 0, t);
function Ac(e) {
  const t = this.getLabels();
  return e >= 0 && e < t.length ? t[e] : e;
}
class Rr extends ts {
  constructor(t) {
    super(t), this._startValue = void 0, this._valueRange = 0, this._addedLabels = [];
  }
  init(t) {
    const n = this._addedLabels;
    if (n.length) {
      const s = this.getLabels();
      for (const { index: i, label: o } of n)
        s[i] === o && s.splice(i, 1);
      this._addedLabels = [];
    }
    super.init(t);
  }
  parse(t, n) {
    if (wt(t))
      return null;
    const s = this.getLabels();
    return n = isFinite(n) && s[n] === t ? n : sy(s, t, ct(n, t), this._addedLabels), iy(n, s.length - 1);
  }
  determineDataLimits() {
    const { minDefined: t, maxDefined: n } = this.getUserBounds();
    let { min: s, max: i } = this.getMinMax(!0);
    this.options.bounds === "ticks" && (t || (s = 0), n || (i = this.getLabels().length - 1)), this.min = s, this.max = i;
  }
  buildTicks() {
    const t = this.min, n = this.max, s = this.options.offset, i = [];
    let o = this.getLabels();
    o = t === 0 && n === o.length - 1 ? o : o.slice(t, n + 1), this._valueRange = Math.max(o.length - (s ? 0 : 1), 1), this._startValue = this.min - (s ? 0.5 : 0);
    for (let r = t; r <= n; r++)
      i.push({
        value: r
      });
    return i;
  }
  getLabelForValue(t) {
    return Ac.call(this, t);
  }
  configure() {
    super.configure(), this.isHorizontal() || (this._reversePixels = !this._reversePixels);
  }
  getPixelForValue(t) {
    return typeof t != "number" && (t = this.parse(t)), t === null ? NaN : this.getPixelForDecimal((t - this._startValue) / this._valueRange);
  }
  getPixelForTick(t) {
    const n = this.ticks;
    return t < 0 || t > n.length - 1 ? null : this.getPixelForValue(n[t].value);
  }
  getValueForPixel(t) {
    return Math.round(this._startValue + this.getDecimalForPixel(t) * this._valueRange);
  }
  getBasePixel() {
    return this.bottom;
  }
}
W(Rr, "id", "category"), W(Rr, "defaults", {
  ticks: {
    callback: Ac
  }
});
function oy(e, t) {
  const n = [], { bounds: i, step: o, min: r, max: a, precision: l, count: c, maxTicks: f, maxDigits: u, includeBounds: h } = e, d = o || 1, p = f - 1, { min: g, max: b } = t, _ = !wt(r), E = !wt(a), M = !wt(c), D = (b - g) / (u + 1);
  let w = Cl((b - g) / p / d) * d, N, v, S, k;
  if (w < 1e-14 && !_ && !E)
    return [
      {
        value: g
      },
      {
        value: b
      }
    ];
  k = Math.ceil(b / w) - Math.floor(g / w), k > p && (w = Cl(k * w / p / d) * d), wt(l) || (N = Math.pow(10, l), w = Math.ceil(w * N) / N), i === "ticks" ? (v = Math.floor(g / w) * w, S = Math.ceil(b / w) * w) : (v = g, S = b), _ && E && o && km((a - r) / o, w / 1e3) ? (k = Math.round(Math.min((a - r) / w, f)), w = (a - r) / k, v = r, S = a) : M ? (v = _ ? r : v, S = E ? a : S, k = c - 1, w = (S - v) / k) : (k = (S - v) / w, As(k, Math.round(k), w / 1e3) ? k = Math.round(k) : k = Math.ceil(k));
  const V = Math.max(Al(w), Al(v));
  N = Math.pow(10, wt(l) ? V : l), v = Math.round(v * N) / N, S = Math.round(S * N) / N;
  let z = 0;
  for (_ && (h && v !== r ? (n.push({
    value: r
  }), v < r && z++, As(Math.round((v + z * w) * N) / N, r, Tc(r, D, e)) && z++) : v < r && z++); z < k; ++z) {
    const B = Math.round((v + z * w) * N) / N;
    if (E && B > a)
      break;
    n.push({
      value: B
    });
  }
  return E && h && S !== a ? n.length && As(n[n.length - 1].value, a, Tc(a, D, e)) ? n[n.length - 1].value = a : n.push({
    value: a
  }) : (!E || S === a) && n.push({
    value: S
  }), n;
}
function Tc(e, t, { horizontal: n, minRotation: s }) {
  const i = He(s), o = (n ? Math.sin(i) : Math.cos(i)) || 1e-3, r = 0.75 * t * ("" + e).length;
  return Math.min(t / o, r);
}
class ry extends ts {
  constructor(t) {
    super(t), this.start = void 0, this.end = void 0, this._startValue = void 0, this._endValue = void 0, this._valueRange = 0;
  }
  parse(t, n) {
    return wt(t) || (typeof t == "number" || t instanceof Number) && !isFinite(+t) ? null : +t;
  }
  handleTickRangeOptions() {
    const { beginAtZero: t } = this.options, { minDefined: n, maxDefined: s } = this.getUserBounds();
    let { min: i, max: o } = this;
    const r = (l) => i = n ? i : l, a = (l) => o = s ? o : l;
    if (t) {
      const l = Kn(i), c = Kn(o);
      l < 0 && c < 0 ? a(0) : l > 0 && c > 0 && r(0);
    }
    if (i === o) {
      let l = o === 0 ? 1 : Math.abs(o * 0.05);
      a(o + l), t || r(i - l);
    }
    this.min = i, this.max = o;
  }
  getTickLimit() {
    const t = this.options.ticks;
    let { maxTicksLimit: n, stepSize: s } = t, i;
    return s ? (i = Math.ceil(this.max / s) - Math.floor(this.min / s) + 1, i > 1e3 && (console.warn(`scales.${this.id}.ticks.stepSize: ${s} would result generating up to ${i} ticks. Limiting to 1000.`), i = 1e3)) : (i = this.computeTickLimit(), n = n || 11), n && (i = Math.min(n, i)), i;
  }
  computeTickLimit() {
    return Number.POSITIVE_INFINITY;
  }
  buildTicks() {
    const t = this.options, n = t.ticks;
    let s = this.getTickLimit();
    s = Math.max(2, s);
    const i = {
      maxTicks: s,
      bounds: t.bounds,
      min: t.min,
      max: t.max,
      precision: n.precision,
      step: n.stepSize,
      count: n.count,
      maxDigits: this._maxDigits(),
      horizontal: this.isHorizontal(),
      minRotation: n.minRotation || 0,
      includeBounds: n.includeBounds !== !1
    }, o = this._range || this, r = oy(i, o);
    return t.bounds === "ticks" && Cm(r, this, "value"), t.reverse ? (r.reverse(), this.start = this.max, this.end = this.min) : (this.start = this.min, this.end = this.max), r;
  }
  configure() {
    const t = this.ticks;
    let n = this.min, s = this.max;
    if (super.configure(), this.options.offset && t.length) {
      const i = (s - n) / Math.max(t.length - 1, 1) / 2;
      n -= i, s += i;
    }
    this._startValue = n, this._endValue = s, this._valueRange = s - n;
  }
  getLabelForValue(t) {
    return da(t, this.chart.options.locale, this.options.ticks.format);
  }
}
class Vr extends ry {
  determineDataLimits() {
    const { min: t, max: n } = this.getMinMax(!0);
    this.min = It(t) ? t : 0, this.max = It(n) ? n : 1, this.handleTickRangeOptions();
  }
  computeTickLimit() {
    const t = this.isHorizontal(), n = t ? this.width : this.height, s = He(this.options.ticks.minRotation), i = (t ? Math.sin(s) : Math.cos(s)) || 1e-3, o = this._resolveTickFontOptions(0);
    return Math.ceil(n / Math.min(40, o.lineHeight / i));
  }
  getPixelForValue(t) {
    return t === null ? NaN : this.getPixelForDecimal((t - this._startValue) / this._valueRange);
  }
  getValueForPixel(t) {
    return this._startValue + this.getDecimalForPixel(t) * this._valueRange;
  }
}
W(Vr, "id", "linear"), W(Vr, "defaults", {
  ticks: {
    callback: Tu.formatters.numeric
  }
});
const wo = {
  millisecond: {
    common: !0,
    size: 1,
    steps: 1e3
  },
  second: {
    common: !0,
    size: 1e3,
    steps: 60
  },
  minute: {
    common: !0,
    size: 6e4,
    steps: 60
  },
  hour: {
    common: !0,
    size: 36e5,
    steps: 24
  },
  day: {
    common: !0,
    size: 864e5,
    steps: 30
  },
  week: {
    common: !1,
    size: 6048e5,
    steps: 4
  },
  month: {
    common: !0,
    size: 2628e6,
    steps: 12
  },
  quarter: {
    common: !1,
    size: 7884e6,
    steps: 4
  },
  year: {
    common: !0,
    size: 3154e7
  }
}, Xt = /* @__PURE__ */ Object.keys(wo);
function Pc(e, t) {
  return e - t;
}
function Rc(e, t) {
  if (wt(t))
    return null;
  const n = e._adapter, { parser: s, round: i, isoWeekday: o } = e._parseOpts;
  let r = t;
  return typeof s == "function" && (r = s(r)), It(r) || (r = typeof s == "string" ? n.parse(r, s) : n.parse(r)), r === null ? null : (i && (r = i === "week" && (Ji(o) || o === !0) ? n.startOf(r, "isoWeek", o) : n.startOf(r, i)), +r);
}
function Vc(e, t, n, s) {
  const i = Xt.length;
  for (let o = Xt.indexOf(e); o < i - 1; ++o) {
    const r = wo[Xt[o]], a = r.steps ? r.steps : Number.MAX_SAFE_INTEGER;
    if (r.common && Math.ceil((n - t) / (a * r.size)) <= s)
      return Xt[o];
  }
  return Xt[i - 1];
}
function ay(e, t, n, s, i) {
  for (let o = Xt.length - 1; o >= Xt.indexOf(n); o--) {
    const r = Xt[o];
    if (wo[r].common && e._adapter.diff(i, s, r) >= t - 1)
      return r;
  }
  return Xt[n ? Xt.indexOf(n) : 0];
}
function ly(e) {
  for (let t = Xt.indexOf(e) + 1, n = Xt.length; t < n; ++t)
    if (wo[Xt[t]].common)
      return Xt[t];
}
function Ic(e, t, n) {
  if (!n)
    e[t] = !0;
  else if (n.length) {
    const { lo: s, hi: i } = ua(n, t), o = n[s] >= t ? n[s] : n[i];
    e[o] = !0;
  }
}
function cy(e, t, n, s) {
  const i = e._adapter, o = +i.startOf(t[0].value, s), r = t[t.length - 1].value;
  let a, l;
  for (a = o; a <= r; a = +i.add(a, 1, s))
    l = n[a], l >= 0 && (t[l].major = !0);
  return t;
}
function Lc(e, t, n) {
  const s = [], i = {}, o = t.length;
  let r, a;
  for (r = 0; r < o; ++r)
    a = t[r], i[a] = r, s.push({
      value: a,
      major: !1
    });
  return o === 0 || !n ? s : cy(e, s, i, n);
}
class no extends ts {
  constructor(t) {
    super(t), this._cache = {
      data: [],
      labels: [],
      all: []
    }, this._unit = "day", this._majorUnit = void 0, this._offsets = {}, this._normalized = !1, this._parseOpts = void 0;
  }
  init(t, n = {}) {
    const s = t.time || (t.time = {}), i = this._adapter = new ib._date(t.adapters.date);
    i.init(n), Cs(s.displayFormats, i.formats()), this._parseOpts = {
      parser: s.parser,
      round: s.round,
      isoWeekday: s.isoWeekday
    }, super.init(t), this._normalized = n.normalized;
  }
  parse(t, n) {
    return t === void 0 ? null : Rc(this, t);
  }
  beforeLayout() {
    super.beforeLayout(), this._cache = {
      data: [],
      labels: [],
      all: []
    };
  }
  determineDataLimits() {
    const t = this.options, n = this._adapter, s = t.time.unit || "day";
    let { min: i, max: o, minDefined: r, maxDefined: a } = this.getUserBounds();
    function l(c) {
      !r && !isNaN(c.min) && (i = Math.min(i, c.min)), !a && !isNaN(c.max) && (o = Math.max(o, c.max));
    }
    (!r || !a) && (l(this._getLabelBounds()), (t.bounds !== "ticks" || t.ticks.source !== "labels") && l(this.getMinMax(!1))), i = It(i) && !isNaN(i) ? i : +n.startOf(Date.now(), s), o = It(o) && !isNaN(o) ? o : +n.endOf(Date.now(), s) + 1, this.min = Math.min(i, o - 1), this.max = Math.max(i + 1, o);
  }
  _getLabelBounds() {
    const t = this.getLabelTimestamps();
    let n = Number.POSITIVE_INFINITY, s = Number.NEGATIVE_INFINITY;
    return t.length && (n = t[0], s = t[t.length - 1]), {
      min: n,
      max: s
    };
  }
  buildTicks() {
    const t = this.options, n = t.time, s = t.ticks, i = s.source === "labels" ? this.getLabelTimestamps() : this._generate();
    t.bounds === "ticks" && i.length && (this.min = this._userMin || i[0], this.max = this._userMax || i[i.length - 1]);
    const o = this.min, r = this.max, a = Vm(i, o, r);
    return this._unit = n.unit || (s.autoSkip ? Vc(n.minUnit, this.min, this.max, this._getLabelCapacity(o)) : ay(this, a.length, n.minUnit, this.min, this.max)), this._majorUnit = !s.major.enabled || this._unit === "year" ? void 0 : ly(this._unit), this.initOffsets(i), t.reverse && a.reverse(), Lc(this, a, this._majorUnit);
  }
  afterAutoSkip() {
    this.options.offsetAfterAutoskip && this.initOffsets(this.ticks.map((t) => +t.value));
  }
  initOffsets(t = []) {
    let n = 0, s = 0, i, o;
    this.options.offset && t.length && (i = this.getDecimalForValue(t[0]), t.length === 1 ? n = 1 - i : n = (this.getDecimalForValue(t[1]) - i) / 2, o = this.getDecimalForValue(t[t.length - 1]), t.length === 1 ? s = o : s = (o - this.getDecimalForValue(t[t.length - 2])) / 2);
    const r = t.length < 3 ? 0.5 : 0.25;
    n = ne(n, 0, r), s = ne(s, 0, r), this._offsets = {
      start: n,
      end: s,
      factor: 1 / (n + 1 + s)
    };
  }
  _generate() {
    const t = this._adapter, n = this.min, s = this.max, i = this.options, o = i.time, r = o.unit || Vc(o.minUnit, n, s, this._getLabelCapacity(n)), a = ct(i.ticks.stepSize, 1), l = r === "week" ? o.isoWeekday : !1, c = Ji(l) || l === !0, f = {};
    let u = n, h, d;
    if (c && (u = +t.startOf(u, "isoWeek", l)), u = +t.startOf(u, c ? "day" : r), t.diff(s, n, r) > 1e5 * a)
      throw new Error(n + " and " + s + " are too far apart with stepSize of " + a + " " + r);
    const p = i.ticks.source === "data" && this.getDataTimestamps();
    for (h = u, d = 0; h < s; h = +t.add(h, a, r), d++)
      Ic(f, h, p);
    return (h === s || i.bounds === "ticks" || d === 1) && Ic(f, h, p), Object.keys(f).sort(Pc).map((g) => +g);
  }
  getLabelForValue(t) {
    const n = this._adapter, s = this.options.time;
    return s.tooltipFormat ? n.format(t, s.tooltipFormat) : n.format(t, s.displayFormats.datetime);
  }
  format(t, n) {
    const i = this.options.time.displayFormats, o = this._unit, r = n || i[o];
    return this._adapter.format(t, r);
  }
  _tickFormatFunction(t, n, s, i) {
    const o = this.options, r = o.ticks.callback;
    if (r)
      return vt(r, [
        t,
        n,
        s
      ], this);
    const a = o.time.displayFormats, l = this._unit, c = this._majorUnit, f = l && a[l], u = c && a[c], h = s[n], d = c && u && h && h.major;
    return this._adapter.format(t, i || (d ? u : f));
  }
  generateTickLabels(t) {
    let n, s, i;
    for (n = 0, s = t.length; n < s; ++n)
      i = t[n], i.label = this._tickFormatFunction(i.value, n, t);
  }
  getDecimalForValue(t) {
    return t === null ? NaN : (t - this.min) / (this.max - this.min);
  }
  getPixelForValue(t) {
    const n = this._offsets, s = this.getDecimalForValue(t);
    return this.getPixelForDecimal((n.start + s) * n.factor);
  }
  getValueForPixel(t) {
    const n = this._offsets, s = this.getDecimalForPixel(t) / n.factor - n.end;
    return this.min + s * (this.max - this.min);
  }
  _getLabelSize(t) {
    const n = this.options.ticks, s = this.ctx.measureText(t).width, i = He(this.isHorizontal() ? n.maxRotation : n.minRotation), o = Math.cos(i), r = Math.sin(i), a = this._resolveTickFontOptions(0).size;
    return {
      w: s * o + a * r,
      h: s * r + a * o
    };
  }
  _getLabelCapacity(t) {
    const n = this.options.time, s = n.displayFormats, i = s[n.unit] || s.millisecond, o = this._tickFormatFunction(t, 0, Lc(this, [
      t
    ], this._majorUnit), i), r = this._getLabelSize(o), a = Math.floor(this.isHorizontal() ? this.width / r.w : this.height / r.h) - 1;
    return a > 0 ? a : 1;
  }
  getDataTimestamps() {
    let t = this._cache.data || [], n, s;
    if (t.length)
      return t;
    const i = this.getMatchingVisibleMetas();
    if (this._normalized && i.length)
      return this._cache.data = i[0].controller.getAllParsedValues(this);
    for (n = 0, s = i.length; n < s; ++n)
      t = t.concat(i[n].controller.getAllParsedValues(this));
    return this._cache.data = this.normalize(t);
  }
  getLabelTimestamps() {
    const t = this._cache.labels || [];
    let n, s;
    if (t.length)
      return t;
    const i = this.getLabels();
    for (n = 0, s = i.length; n < s; ++n)
      t.push(Rc(this, i[n]));
    return this._cache.labels = this._normalized ? t : this.normalize(t);
  }
  normalize(t) {
    return Lm(t.sort(Pc));
  }
}
W(no, "id", "time"), W(no, "defaults", {
  bounds: "data",
  adapters: {},
  time: {
    parser: !1,
    unit: !1,
    round: !1,
    isoWeekday: !1,
    minUnit: "millisecond",
    displayFormats: {}
  },
  ticks: {
    source: "auto",
    callback: !1,
    major: {
      enabled: !1
    }
  }
});
function _i(e, t, n) {
  let s = 0, i = e.length - 1, o, r, a, l;
  n ? (t >= e[s].pos && t <= e[i].pos && ({ lo: s, hi: i } = Mr(e, "pos", t)), { pos: o, time: a } = e[s], { pos: r, time: l } = e[i]) : (t >= e[s].time && t <= e[i].time && ({ lo: s, hi: i } = Mr(e, "time", t)), { time: o, pos: a } = e[s], { time: r, pos: l } = e[i]);
  const c = r - o;
  return c ? a + (l - a) * (t - o) / c : a;
}
class Fc extends no {
  constructor(t) {
    super(t), this._table = [], this._minPos = void 0, this._tableRange = void 0;
  }
  initOffsets() {
    const t = this._getTimestampsForTable(), n = this._table = this.buildLookupTable(t);
    this._minPos = _i(n, this.min), this._tableRange = _i(n, this.max) - this._minPos, super.initOffsets(t);
  }
  buildLookupTable(t) {
    const { min: n, max: s } = this, i = [], o = [];
    let r, a, l, c, f;
    for (r = 0, a = t.length; r < a; ++r)
      c = t[r], c >= n && c <= s && i.push(c);
    if (i.length < 2)
      return [
        {
          time: n,
          pos: 0
        },
        {
          time: s,
          pos: 1
        }
      ];
    for (r = 0, a = i.length; r < a; ++r)
      f = i[r + 1], l = i[r - 1], c = i[r], Math.round((f + l) / 2) !== c && o.push({
        time: c,
        pos: r / (a - 1)
      });
    return o;
  }
  _generate() {
    const t = this.min, n = this.max;
    let s = super.getDataTimestamps();
    return (!s.includes(t) || !s.length) && s.splice(0, 0, t), (!s.includes(n) || s.length === 1) && s.push(n), s.sort((i, o) => i - o);
  }
  _getTimestampsForTable() {
    let t = this._cache.all || [];
    if (t.length)
      return t;
    const n = this.getDataTimestamps(), s = this.getLabelTimestamps();
    return n.length && s.length ? t = this.normalize(n.concat(s)) : t = n.length ? n : s, t = this._cache.all = t, t;
  }
  getDecimalForValue(t) {
    return (_i(this._table, t) - this._minPos) / this._tableRange;
  }
  getValueForPixel(t) {
    const n = this._offsets, s = this.getDecimalForPixel(t) / n.factor - n.end;
    return _i(this._table, s * this._tableRange + this._minPos, !0);
  }
}
W(Fc, "id", "timeseries"), W(Fc, "defaults", no.defaults);
Wt.register(ey, K_, Vr, Rr, Vi);
const fy = (e) => e.charAt(0).toUpperCase() + e.slice(1), uy = (e) => isNaN(e) ? e : Number.isInteger(e) ? parseInt(e).toLocaleString("fr-FR") : parseFloat(e).toLocaleString("fr-FR", { maximumFractionDigits: 2 }), hy = () => {
  Wt.defaults.font.family = "Marianne", Wt.defaults.font.size = 12, Wt.defaults.font.lineHeight = 1.66, Wt.defaults.color = "#6b6b6b", Wt.defaults.borderColor = "#cecece";
}, dy = {
  methods: {
    capitalize: fy,
    formatNumber: uy
  }
}, { min: py, max: gy } = Math, kn = (e, t = 0, n = 1) => py(gy(t, e), n), Oa = (e) => {
  e._clipped = !1, e._unclipped = e.slice(0);
  for (let t = 0; t <= 3; t++)
    t < 3 ? ((e[t] < 0 || e[t] > 255) && (e._clipped = !0), e[t] = kn(e[t], 0, 255)) : t === 3 && (e[t] = kn(e[t], 0, 1));
  return e;
}, sh = {};
for (let e of [
  "Boolean",
  "Number",
  "String",
  "Function",
  "Array",
  "Date",
  "RegExp",
  "Undefined",
  "Null"
])
  sh[`[object ${e}]`] = e.toLowerCase();
function it(e) {
  return sh[Object.prototype.toString.call(e)] || "object";
}
const nt = (e, t = null) => e.length >= 3 ? Array.prototype.slice.call(e) : it(e[0]) == "object" && t ? t.split("").filter((n) => e[0][n] !== void 0).map((n) => e[0][n]) : e[0].slice(0), es = (e) => {
  if (e.length < 2) return null;
  const t = e.length - 1;
  return it(e[t]) == "string" ? e[t].toLowerCase() : null;
}, { PI: Eo, min: ih, max: oh } = Math, ae = (e) => Math.round(e * 100) / 100, Ir = (e) => Math.round(e * 100) / 100, ze = Eo * 2, qo = Eo / 3, my = Eo / 180, by = 180 / Eo;
function rh(e) {
  return [...e.slice(0, 3).reverse(), ...e.slice(3)];
}
const tt = {
  format: {},
  autodetect: []
};
class R {
  constructor(...t) {
    const n = this;
    if (it(t[0]) === "object" && t[0].constructor && t[0].constructor === this.constructor)
      return t[0];
    let s = es(t), i = !1;
    if (!s) {
      i = !0, tt.sorted || (tt.autodetect = tt.autodetect.sort((o, r) => r.p - o.p), tt.sorted = !0);
      for (let o of tt.autodetect)
        if (s = o.test(...t), s) break;
    }
    if (tt.format[s]) {
      const o = tt.format[s].apply(
        null,
        i ? t : t.slice(0, -1)
      );
      n._rgb = Oa(o);
    } else
      throw new Error("unknown format: " + t);
    n._rgb.length === 3 && n._rgb.push(1);
  }
  toString() {
    return it(this.hex) == "function" ? this.hex() : `[${this._rgb.join(",")}]`;
  }
}
const _y = "3.1.2", G = (...e) => new R(...e);
G.version = _y;
const Gn = {
  aliceblue: "#f0f8ff",
  antiquewhite: "#faebd7",
  aqua: "#00ffff",
  aquamarine: "#7fffd4",
  azure: "#f0ffff",
  beige: "#f5f5dc",
  bisque: "#ffe4c4",
  black: "#000000",
  blanchedalmond: "#ffebcd",
  blue: "#0000ff",
  blueviolet: "#8a2be2",
  brown: "#a52a2a",
  burlywood: "#deb887",
  cadetblue: "#5f9ea0",
  chartreuse: "#7fff00",
  chocolate: "#d2691e",
  coral: "#ff7f50",
  cornflowerblue: "#6495ed",
  cornsilk: "#fff8dc",
  crimson: "#dc143c",
  cyan: "#00ffff",
  darkblue: "#00008b",
  darkcyan: "#008b8b",
  darkgoldenrod: "#b8860b",
  darkgray: "#a9a9a9",
  darkgreen: "#006400",
  darkgrey: "#a9a9a9",
  darkkhaki: "#bdb76b",
  darkmagenta: "#8b008b",
  darkolivegreen: "#556b2f",
  darkorange: "#ff8c00",
  darkorchid: "#9932cc",
  darkred: "#8b0000",
  darksalmon: "#e9967a",
  darkseagreen: "#8fbc8f",
  darkslateblue: "#483d8b",
  darkslategray: "#2f4f4f",
  darkslategrey: "#2f4f4f",
  darkturquoise: "#00ced1",
  darkviolet: "#9400d3",
  deeppink: "#ff1493",
  deepskyblue: "#00bfff",
  dimgray: "#696969",
  dimgrey: "#696969",
  dodgerblue: "#1e90ff",
  firebrick: "#b22222",
  floralwhite: "#fffaf0",
  forestgreen: "#228b22",
  fuchsia: "#ff00ff",
  gainsboro: "#dcdcdc",
  ghostwhite: "#f8f8ff",
  gold: "#ffd700",
  goldenrod: "#daa520",
  gray: "#808080",
  green: "#008000",
  greenyellow: "#adff2f",
  grey: "#808080",
  honeydew: "#f0fff0",
  hotpink: "#ff69b4",
  indianred: "#cd5c5c",
  indigo: "#4b0082",
  ivory: "#fffff0",
  khaki: "#f0e68c",
  laserlemon: "#ffff54",
  lavender: "#e6e6fa",
  lavenderblush: "#fff0f5",
  lawngreen: "#7cfc00",
  lemonchiffon: "#fffacd",
  lightblue: "#add8e6",
  lightcoral: "#f08080",
  lightcyan: "#e0ffff",
  lightgoldenrod: "#fafad2",
  lightgoldenrodyellow: "#fafad2",
  lightgray: "#d3d3d3",
  lightgreen: "#90ee90",
  lightgrey: "#d3d3d3",
  lightpink: "#ffb6c1",
  lightsalmon: "#ffa07a",
  lightseagreen: "#20b2aa",
  lightskyblue: "#87cefa",
  lightslategray: "#778899",
  lightslategrey: "#778899",
  lightsteelblue: "#b0c4de",
  lightyellow: "#ffffe0",
  lime: "#00ff00",
  limegreen: "#32cd32",
  linen: "#faf0e6",
  magenta: "#ff00ff",
  maroon: "#800000",
  maroon2: "#7f0000",
  maroon3: "#b03060",
  mediumaquamarine: "#66cdaa",
  mediumblue: "#0000cd",
  mediumorchid: "#ba55d3",
  mediumpurple: "#9370db",
  mediumseagreen: "#3cb371",
  mediumslateblue: "#7b68ee",
  mediumspringgreen: "#00fa9a",
  mediumturquoise: "#48d1cc",
  mediumvioletred: "#c71585",
  midnightblue: "#191970",
  mintcream: "#f5fffa",
  mistyrose: "#ffe4e1",
  moccasin: "#ffe4b5",
  navajowhite: "#ffdead",
  navy: "#000080",
  oldlace: "#fdf5e6",
  olive: "#808000",
  olivedrab: "#6b8e23",
  orange: "#ffa500",
  orangered: "#ff4500",
  orchid: "#da70d6",
  palegoldenrod: "#eee8aa",
  palegreen: "#98fb98",
  paleturquoise: "#afeeee",
  palevioletred: "#db7093",
  papayawhip: "#ffefd5",
  peachpuff: "#ffdab9",
  peru: "#cd853f",
  pink: "#ffc0cb",
  plum: "#dda0dd",
  powderblue: "#b0e0e6",
  purple: "#800080",
  purple2: "#7f007f",
  purple3: "#a020f0",
  rebeccapurple: "#663399",
  red: "#ff0000",
  rosybrown: "#bc8f8f",
  royalblue: "#4169e1",
  saddlebrown: "#8b4513",
  salmon: "#fa8072",
  sandybrown: "#f4a460",
  seagreen: "#2e8b57",
  seashell: "#fff5ee",
  sienna: "#a0522d",
  silver: "#c0c0c0",
  skyblue: "#87ceeb",
  slateblue: "#6a5acd",
  slategray: "#708090",
  slategrey: "#708090",
  snow: "#fffafa",
  springgreen: "#00ff7f",
  steelblue: "#4682b4",
  tan: "#d2b48c",
  teal: "#008080",
  thistle: "#d8bfd8",
  tomato: "#ff6347",
  turquoise: "#40e0d0",
  violet: "#ee82ee",
  wheat: "#f5deb3",
  white: "#ffffff",
  whitesmoke: "#f5f5f5",
  yellow: "#ffff00",
  yellowgreen: "#9acd32"
}, yy = /^#?([A-Fa-f0-9]{6}|[A-Fa-f0-9]{3})$/, xy = /^#?([A-Fa-f0-9]{8}|[A-Fa-f0-9]{4})$/, ah = (e) => {
  if (e.match(yy)) {
    (e.length === 4 || e.length === 7) && (e = e.substr(1)), e.length === 3 && (e = e.split(""), e = e[0] + e[0] + e[1] + e[1] + e[2] + e[2]);
    const t = parseInt(e, 16), n = t >> 16, s = t >> 8 & 255, i = t & 255;
    return [n, s, i, 1];
  }
  if (e.match(xy)) {
    (e.length === 5 || e.length === 9) && (e = e.substr(1)), e.length === 4 && (e = e.split(""), e = e[0] + e[0] + e[1] + e[1] + e[2] + e[2] + e[3] + e[3]);
    const t = parseInt(e, 16), n = t >> 24 & 255, s = t >> 16 & 255, i = t >> 8 & 255, o = Math.round((t & 255) / 255 * 100) / 100;
    return [n, s, i, o];
  }
  throw new Error(`unknown hex color: ${e}`);
}, { round: yi } = Math, lh = (...e) => {
  let [t, n, s, i] = nt(e, "rgba"), o = es(e) || "auto";
  i === void 0 && (i = 1), o === "auto" && (o = i < 1 ? "rgba" : "rgb"), t = yi(t), n = yi(n), s = yi(s);
  let a = "000000" + (t << 16 | n << 8 | s).toString(16);
  a = a.substr(a.length - 6);
  let l = "0" + yi(i * 255).toString(16);
  switch (l = l.substr(l.length - 2), o.toLowerCase()) {
    case "rgba":
      return `#${a}${l}`;
    case "argb":
      return `#${l}${a}`;
    default:
      return `#${a}`;
  }
};
R.prototype.name = function() {
  const e = lh(this._rgb, "rgb");
  for (let t of Object.keys(Gn))
    if (Gn[t] === e) return t.toLowerCase();
  return e;
};
tt.format.named = (e) => {
  if (e = e.toLowerCase(), Gn[e]) return ah(Gn[e]);
  throw new Error("unknown color name: " + e);
};
tt.autodetect.push({
  p: 5,
  test: (e, ...t) => {
    if (!t.length && it(e) === "string" && Gn[e.toLowerCase()])
      return "named";
  }
});
R.prototype.alpha = function(e, t = !1) {
  return e !== void 0 && it(e) === "number" ? t ? (this._rgb[3] = e, this) : new R([this._rgb[0], this._rgb[1], this._rgb[2], e], "rgb") : this._rgb[3];
};
R.prototype.clipped = function() {
  return this._rgb._clipped || !1;
};
const Ae = {
  // Corresponds roughly to RGB brighter/darker
  Kn: 18,
  // D65 standard referent
  labWhitePoint: "d65",
  Xn: 0.95047,
  Yn: 1,
  Zn: 1.08883,
  kE: 216 / 24389,
  kKE: 8,
  kK: 24389 / 27,
  RefWhiteRGB: {
    // sRGB
    X: 0.95047,
    Y: 1,
    Z: 1.08883
  },
  MtxRGB2XYZ: {
    m00: 0.4124564390896922,
    m01: 0.21267285140562253,
    m02: 0.0193338955823293,
    m10: 0.357576077643909,
    m11: 0.715152155287818,
    m12: 0.11919202588130297,
    m20: 0.18043748326639894,
    m21: 0.07217499330655958,
    m22: 0.9503040785363679
  },
  MtxXYZ2RGB: {
    m00: 3.2404541621141045,
    m01: -0.9692660305051868,
    m02: 0.055643430959114726,
    m10: -1.5371385127977166,
    m11: 1.8760108454466942,
    m12: -0.2040259135167538,
    m20: -0.498531409556016,
    m21: 0.041556017530349834,
    m22: 1.0572251882231791
  },
  // used in rgb2xyz
  As: 0.9414285350000001,
  Bs: 1.040417467,
  Cs: 1.089532651,
  MtxAdaptMa: {
    m00: 0.8951,
    m01: -0.7502,
    m02: 0.0389,
    m10: 0.2664,
    m11: 1.7135,
    m12: -0.0685,
    m20: -0.1614,
    m21: 0.0367,
    m22: 1.0296
  },
  MtxAdaptMaI: {
    m00: 0.9869929054667123,
    m01: 0.43230526972339456,
    m02: -0.008528664575177328,
    m10: -0.14705425642099013,
    m11: 0.5183602715367776,
    m12: 0.04004282165408487,
    m20: 0.15996265166373125,
    m21: 0.0492912282128556,
    m22: 0.9684866957875502
  }
}, vy = /* @__PURE__ */ new Map([
  // ASTM E308-01
  ["a", [1.0985, 0.35585]],
  // Wyszecki & Stiles, p. 769
  ["b", [1.0985, 0.35585]],
  // C ASTM E308-01
  ["c", [0.98074, 1.18232]],
  // D50 (ASTM E308-01)
  ["d50", [0.96422, 0.82521]],
  // D55 (ASTM E308-01)
  ["d55", [0.95682, 0.92149]],
  // D65 (ASTM E308-01)
  ["d65", [0.95047, 1.08883]],
  // E (ASTM E308-01)
  ["e", [1, 1, 1]],
  // F2 (ASTM E308-01)
  ["f2", [0.99186, 0.67393]],
  // F7 (ASTM E308-01)
  ["f7", [0.95041, 1.08747]],
  // F11 (ASTM E308-01)
  ["f11", [1.00962, 0.6435]],
  ["icc", [0.96422, 0.82521]]
]);
function We(e) {
  const t = vy.get(String(e).toLowerCase());
  if (!t)
    throw new Error("unknown Lab illuminant " + e);
  Ae.labWhitePoint = e, Ae.Xn = t[0], Ae.Zn = t[1];
}
function Ys() {
  return Ae.labWhitePoint;
}
const Ma = (...e) => {
  e = nt(e, "lab");
  const [t, n, s] = e, [i, o, r] = wy(t, n, s), [a, l, c] = ch(i, o, r);
  return [a, l, c, e.length > 3 ? e[3] : 1];
}, wy = (e, t, n) => {
  const { kE: s, kK: i, kKE: o, Xn: r, Yn: a, Zn: l } = Ae, c = (e + 16) / 116, f = 2e-3 * t + c, u = c - 5e-3 * n, h = f * f * f, d = u * u * u, p = h > s ? h : (116 * f - 16) / i, g = e > o ? Math.pow((e + 16) / 116, 3) : e / i, b = d > s ? d : (116 * u - 16) / i, _ = p * r, E = g * a, M = b * l;
  return [_, E, M];
}, Go = (e) => {
  const t = Math.sign(e);
  return e = Math.abs(e), (e <= 31308e-7 ? e * 12.92 : 1.055 * Math.pow(e, 1 / 2.4) - 0.055) * t;
}, ch = (e, t, n) => {
  const { MtxAdaptMa: s, MtxAdaptMaI: i, MtxXYZ2RGB: o, RefWhiteRGB: r, Xn: a, Yn: l, Zn: c } = Ae, f = a * s.m00 + l * s.m10 + c * s.m20, u = a * s.m01 + l * s.m11 + c * s.m21, h = a * s.m02 + l * s.m12 + c * s.m22, d = r.X * s.m00 + r.Y * s.m10 + r.Z * s.m20, p = r.X * s.m01 + r.Y * s.m11 + r.Z * s.m21, g = r.X * s.m02 + r.Y * s.m12 + r.Z * s.m22, b = (e * s.m00 + t * s.m10 + n * s.m20) * (d / f), _ = (e * s.m01 + t * s.m11 + n * s.m21) * (p / u), E = (e * s.m02 + t * s.m12 + n * s.m22) * (g / h), M = b * i.m00 + _ * i.m10 + E * i.m20, D = b * i.m01 + _ * i.m11 + E * i.m21, w = b * i.m02 + _ * i.m12 + E * i.m22, N = Go(
    M * o.m00 + D * o.m10 + w * o.m20
  ), v = Go(
    M * o.m01 + D * o.m11 + w * o.m21
  ), S = Go(
    M * o.m02 + D * o.m12 + w * o.m22
  );
  return [N * 255, v * 255, S * 255];
}, Sa = (...e) => {
  const [t, n, s, ...i] = nt(e, "rgb"), [o, r, a] = fh(t, n, s), [l, c, f] = Ey(o, r, a);
  return [l, c, f, ...i.length > 0 && i[0] < 1 ? [i[0]] : []];
};
function Ey(e, t, n) {
  const { Xn: s, Yn: i, Zn: o, kE: r, kK: a } = Ae, l = e / s, c = t / i, f = n / o, u = l > r ? Math.pow(l, 1 / 3) : (a * l + 16) / 116, h = c > r ? Math.pow(c, 1 / 3) : (a * c + 16) / 116, d = f > r ? Math.pow(f, 1 / 3) : (a * f + 16) / 116;
  return [116 * h - 16, 500 * (u - h), 200 * (h - d)];
}
function Zo(e) {
  const t = Math.sign(e);
  return e = Math.abs(e), (e <= 0.04045 ? e / 12.92 : Math.pow((e + 0.055) / 1.055, 2.4)) * t;
}
const fh = (e, t, n) => {
  e = Zo(e / 255), t = Zo(t / 255), n = Zo(n / 255);
  const { MtxRGB2XYZ: s, MtxAdaptMa: i, MtxAdaptMaI: o, Xn: r, Yn: a, Zn: l, As: c, Bs: f, Cs: u } = Ae;
  let h = e * s.m00 + t * s.m10 + n * s.m20, d = e * s.m01 + t * s.m11 + n * s.m21, p = e * s.m02 + t * s.m12 + n * s.m22;
  const g = r * i.m00 + a * i.m10 + l * i.m20, b = r * i.m01 + a * i.m11 + l * i.m21, _ = r * i.m02 + a * i.m12 + l * i.m22;
  let E = h * i.m00 + d * i.m10 + p * i.m20, M = h * i.m01 + d * i.m11 + p * i.m21, D = h * i.m02 + d * i.m12 + p * i.m22;
  return E *= g / c, M *= b / f, D *= _ / u, h = E * o.m00 + M * o.m10 + D * o.m20, d = E * o.m01 + M * o.m11 + D * o.m21, p = E * o.m02 + M * o.m12 + D * o.m22, [h, d, p];
};
R.prototype.lab = function() {
  return Sa(this._rgb);
};
const Oy = (...e) => new R(...e, "lab");
Object.assign(G, { lab: Oy, getLabWhitePoint: Ys, setLabWhitePoint: We });
tt.format.lab = Ma;
tt.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = nt(e, "lab"), it(e) === "array" && e.length === 3)
      return "lab";
  }
});
R.prototype.darken = function(e = 1) {
  const t = this, n = t.lab();
  return n[0] -= Ae.Kn * e, new R(n, "lab").alpha(t.alpha(), !0);
};
R.prototype.brighten = function(e = 1) {
  return this.darken(-e);
};
R.prototype.darker = R.prototype.darken;
R.prototype.brighter = R.prototype.brighten;
R.prototype.get = function(e) {
  const [t, n] = e.split("."), s = this[t]();
  if (n) {
    const i = t.indexOf(n) - (t.substr(0, 2) === "ok" ? 2 : 0);
    if (i > -1) return s[i];
    throw new Error(`unknown channel ${n} in mode ${t}`);
  } else
    return s;
};
const { pow: My } = Math, Sy = 1e-7, Ny = 20;
R.prototype.luminance = function(e, t = "rgb") {
  if (e !== void 0 && it(e) === "number") {
    if (e === 0)
      return new R([0, 0, 0, this._rgb[3]], "rgb");
    if (e === 1)
      return new R([255, 255, 255, this._rgb[3]], "rgb");
    let n = this.luminance(), s = Ny;
    const i = (r, a) => {
      const l = r.interpolate(a, 0.5, t), c = l.luminance();
      return Math.abs(e - c) < Sy || !s-- ? l : c > e ? i(r, l) : i(l, a);
    }, o = (n > e ? i(new R([0, 0, 0]), this) : i(this, new R([255, 255, 255]))).rgb();
    return new R([...o, this._rgb[3]]);
  }
  return Dy(...this._rgb.slice(0, 3));
};
const Dy = (e, t, n) => (e = Jo(e), t = Jo(t), n = Jo(n), 0.2126 * e + 0.7152 * t + 0.0722 * n), Jo = (e) => (e /= 255, e <= 0.03928 ? e / 12.92 : My((e + 0.055) / 1.055, 2.4)), Vt = {}, Zn = (e, t, n = 0.5, ...s) => {
  let i = s[0] || "lrgb";
  if (!Vt[i] && !s.length && (i = Object.keys(Vt)[0]), !Vt[i])
    throw new Error(`interpolation mode ${i} is not defined`);
  return it(e) !== "object" && (e = new R(e)), it(t) !== "object" && (t = new R(t)), Vt[i](e, t, n).alpha(
    e.alpha() + n * (t.alpha() - e.alpha())
  );
};
R.prototype.mix = R.prototype.interpolate = function(e, t = 0.5, ...n) {
  return Zn(this, e, t, ...n);
};
R.prototype.premultiply = function(e = !1) {
  const t = this._rgb, n = t[3];
  return e ? (this._rgb = [t[0] * n, t[1] * n, t[2] * n, n], this) : new R([t[0] * n, t[1] * n, t[2] * n, n], "rgb");
};
const { sin: ky, cos: Cy } = Math, uh = (...e) => {
  let [t, n, s] = nt(e, "lch");
  return isNaN(s) && (s = 0), s = s * my, [t, Cy(s) * n, ky(s) * n];
}, Na = (...e) => {
  e = nt(e, "lch");
  const [t, n, s] = e, [i, o, r] = uh(t, n, s), [a, l, c] = Ma(i, o, r);
  return [a, l, c, e.length > 3 ? e[3] : 1];
}, Ay = (...e) => {
  const t = rh(nt(e, "hcl"));
  return Na(...t);
}, { sqrt: Ty, atan2: Py, round: Ry } = Math, hh = (...e) => {
  const [t, n, s] = nt(e, "lab"), i = Ty(n * n + s * s);
  let o = (Py(s, n) * by + 360) % 360;
  return Ry(i * 1e4) === 0 && (o = Number.NaN), [t, i, o];
}, Da = (...e) => {
  const [t, n, s, ...i] = nt(e, "rgb"), [o, r, a] = Sa(t, n, s), [l, c, f] = hh(o, r, a);
  return [l, c, f, ...i.length > 0 && i[0] < 1 ? [i[0]] : []];
};
R.prototype.lch = function() {
  return Da(this._rgb);
};
R.prototype.hcl = function() {
  return rh(Da(this._rgb));
};
const Vy = (...e) => new R(...e, "lch"), Iy = (...e) => new R(...e, "hcl");
Object.assign(G, { lch: Vy, hcl: Iy });
tt.format.lch = Na;
tt.format.hcl = Ay;
["lch", "hcl"].forEach(
  (e) => tt.autodetect.push({
    p: 2,
    test: (...t) => {
      if (t = nt(t, e), it(t) === "array" && t.length === 3)
        return e;
    }
  })
);
R.prototype.saturate = function(e = 1) {
  const t = this, n = t.lch();
  return n[1] += Ae.Kn * e, n[1] < 0 && (n[1] = 0), new R(n, "lch").alpha(t.alpha(), !0);
};
R.prototype.desaturate = function(e = 1) {
  return this.saturate(-e);
};
R.prototype.set = function(e, t, n = !1) {
  const [s, i] = e.split("."), o = this[s]();
  if (i) {
    const r = s.indexOf(i) - (s.substr(0, 2) === "ok" ? 2 : 0);
    if (r > -1) {
      if (it(t) == "string")
        switch (t.charAt(0)) {
          case "+":
            o[r] += +t;
            break;
          case "-":
            o[r] += +t;
            break;
          case "*":
            o[r] *= +t.substr(1);
            break;
          case "/":
            o[r] /= +t.substr(1);
            break;
          default:
            o[r] = +t;
        }
      else if (it(t) === "number")
        o[r] = t;
      else
        throw new Error("unsupported value for Color.set");
      const a = new R(o, s);
      return n ? (this._rgb = a._rgb, this) : a;
    }
    throw new Error(`unknown channel ${i} in mode ${s}`);
  } else
    return o;
};
R.prototype.tint = function(e = 0.5, ...t) {
  return Zn(this, "white", e, ...t);
};
R.prototype.shade = function(e = 0.5, ...t) {
  return Zn(this, "black", e, ...t);
};
const Ly = (e, t, n) => {
  const s = e._rgb, i = t._rgb;
  return new R(
    s[0] + n * (i[0] - s[0]),
    s[1] + n * (i[1] - s[1]),
    s[2] + n * (i[2] - s[2]),
    "rgb"
  );
};
Vt.rgb = Ly;
const { sqrt: Qo, pow: $n } = Math, Fy = (e, t, n) => {
  const [s, i, o] = e._rgb, [r, a, l] = t._rgb;
  return new R(
    Qo($n(s, 2) * (1 - n) + $n(r, 2) * n),
    Qo($n(i, 2) * (1 - n) + $n(a, 2) * n),
    Qo($n(o, 2) * (1 - n) + $n(l, 2) * n),
    "rgb"
  );
};
Vt.lrgb = Fy;
const $y = (e, t, n) => {
  const s = e.lab(), i = t.lab();
  return new R(
    s[0] + n * (i[0] - s[0]),
    s[1] + n * (i[1] - s[1]),
    s[2] + n * (i[2] - s[2]),
    "lab"
  );
};
Vt.lab = $y;
const ns = (e, t, n, s) => {
  let i, o;
  s === "hsl" ? (i = e.hsl(), o = t.hsl()) : s === "hsv" ? (i = e.hsv(), o = t.hsv()) : s === "hcg" ? (i = e.hcg(), o = t.hcg()) : s === "hsi" ? (i = e.hsi(), o = t.hsi()) : s === "lch" || s === "hcl" ? (s = "hcl", i = e.hcl(), o = t.hcl()) : s === "oklch" && (i = e.oklch().reverse(), o = t.oklch().reverse());
  let r, a, l, c, f, u;
  (s.substr(0, 1) === "h" || s === "oklch") && ([r, l, f] = i, [a, c, u] = o);
  let h, d, p, g;
  return !isNaN(r) && !isNaN(a) ? (a > r && a - r > 180 ? g = a - (r + 360) : a < r && r - a > 180 ? g = a + 360 - r : g = a - r, d = r + n * g) : isNaN(r) ? isNaN(a) ? d = Number.NaN : (d = a, (f == 1 || f == 0) && s != "hsv" && (h = c)) : (d = r, (u == 1 || u == 0) && s != "hsv" && (h = l)), h === void 0 && (h = l + n * (c - l)), p = f + n * (u - f), s === "oklch" ? new R([p, h, d], s) : new R([d, h, p], s);
}, dh = (e, t, n) => ns(e, t, n, "lch");
Vt.lch = dh;
Vt.hcl = dh;
const jy = (e) => {
  if (it(e) == "number" && e >= 0 && e <= 16777215) {
    const t = e >> 16, n = e >> 8 & 255, s = e & 255;
    return [t, n, s, 1];
  }
  throw new Error("unknown num color: " + e);
}, By = (...e) => {
  const [t, n, s] = nt(e, "rgb");
  return (t << 16) + (n << 8) + s;
};
R.prototype.num = function() {
  return By(this._rgb);
};
const zy = (...e) => new R(...e, "num");
Object.assign(G, { num: zy });
tt.format.num = jy;
tt.autodetect.push({
  p: 5,
  test: (...e) => {
    if (e.length === 1 && it(e[0]) === "number" && e[0] >= 0 && e[0] <= 16777215)
      return "num";
  }
});
const Hy = (e, t, n) => {
  const s = e.num(), i = t.num();
  return new R(s + n * (i - s), "num");
};
Vt.num = Hy;
const { floor: Wy } = Math, Yy = (...e) => {
  e = nt(e, "hcg");
  let [t, n, s] = e, i, o, r;
  s = s * 255;
  const a = n * 255;
  if (n === 0)
    i = o = r = s;
  else {
    t === 360 && (t = 0), t > 360 && (t -= 360), t < 0 && (t += 360), t /= 60;
    const l = Wy(t), c = t - l, f = s * (1 - n), u = f + a * (1 - c), h = f + a * c, d = f + a;
    switch (l) {
      case 0:
        [i, o, r] = [d, h, f];
        break;
      case 1:
        [i, o, r] = [u, d, f];
        break;
      case 2:
        [i, o, r] = [f, d, h];
        break;
      case 3:
        [i, o, r] = [f, u, d];
        break;
      case 4:
        [i, o, r] = [h, f, d];
        break;
      case 5:
        [i, o, r] = [d, f, u];
        break;
    }
  }
  return [i, o, r, e.length > 3 ? e[3] : 1];
}, Uy = (...e) => {
  const [t, n, s] = nt(e, "rgb"), i = ih(t, n, s), o = oh(t, n, s), r = o - i, a = r * 100 / 255, l = i / (255 - r) * 100;
  let c;
  return r === 0 ? c = Number.NaN : (t === o && (c = (n - s) / r), n === o && (c = 2 + (s - t) / r), s === o && (c = 4 + (t - n) / r), c *= 60, c < 0 && (c += 360)), [c, a, l];
};
R.prototype.hcg = function() {
  return Uy(this._rgb);
};
const Ky = (...e) => new R(...e, "hcg");
G.hcg = Ky;
tt.format.hcg = Yy;
tt.autodetect.push({
  p: 1,
  test: (...e) => {
    if (e = nt(e, "hcg"), it(e) === "array" && e.length === 3)
      return "hcg";
  }
});
const Xy = (e, t, n) => ns(e, t, n, "hcg");
Vt.hcg = Xy;
const { cos: jn } = Math, qy = (...e) => {
  e = nt(e, "hsi");
  let [t, n, s] = e, i, o, r;
  return isNaN(t) && (t = 0), isNaN(n) && (n = 0), t > 360 && (t -= 360), t < 0 && (t += 360), t /= 360, t < 1 / 3 ? (r = (1 - n) / 3, i = (1 + n * jn(ze * t) / jn(qo - ze * t)) / 3, o = 1 - (r + i)) : t < 2 / 3 ? (t -= 1 / 3, i = (1 - n) / 3, o = (1 + n * jn(ze * t) / jn(qo - ze * t)) / 3, r = 1 - (i + o)) : (t -= 2 / 3, o = (1 - n) / 3, r = (1 + n * jn(ze * t) / jn(qo - ze * t)) / 3, i = 1 - (o + r)), i = kn(s * i * 3), o = kn(s * o * 3), r = kn(s * r * 3), [i * 255, o * 255, r * 255, e.length > 3 ? e[3] : 1];
}, { min: Gy, sqrt: Zy, acos: Jy } = Math, Qy = (...e) => {
  let [t, n, s] = nt(e, "rgb");
  t /= 255, n /= 255, s /= 255;
  let i;
  const o = Gy(t, n, s), r = (t + n + s) / 3, a = r > 0 ? 1 - o / r : 0;
  return a === 0 ? i = NaN : (i = (t - n + (t - s)) / 2, i /= Zy((t - n) * (t - n) + (t - s) * (n - s)), i = Jy(i), s > n && (i = ze - i), i /= ze), [i * 360, a, r];
};
R.prototype.hsi = function() {
  return Qy(this._rgb);
};
const t1 = (...e) => new R(...e, "hsi");
G.hsi = t1;
tt.format.hsi = qy;
tt.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = nt(e, "hsi"), it(e) === "array" && e.length === 3)
      return "hsi";
  }
});
const e1 = (e, t, n) => ns(e, t, n, "hsi");
Vt.hsi = e1;
const Lr = (...e) => {
  e = nt(e, "hsl");
  const [t, n, s] = e;
  let i, o, r;
  if (n === 0)
    i = o = r = s * 255;
  else {
    const a = [0, 0, 0], l = [0, 0, 0], c = s < 0.5 ? s * (1 + n) : s + n - s * n, f = 2 * s - c, u = t / 360;
    a[0] = u + 1 / 3, a[1] = u, a[2] = u - 1 / 3;
    for (let h = 0; h < 3; h++)
      a[h] < 0 && (a[h] += 1), a[h] > 1 && (a[h] -= 1), 6 * a[h] < 1 ? l[h] = f + (c - f) * 6 * a[h] : 2 * a[h] < 1 ? l[h] = c : 3 * a[h] < 2 ? l[h] = f + (c - f) * (2 / 3 - a[h]) * 6 : l[h] = f;
    [i, o, r] = [l[0] * 255, l[1] * 255, l[2] * 255];
  }
  return e.length > 3 ? [i, o, r, e[3]] : [i, o, r, 1];
}, ph = (...e) => {
  e = nt(e, "rgba");
  let [t, n, s] = e;
  t /= 255, n /= 255, s /= 255;
  const i = ih(t, n, s), o = oh(t, n, s), r = (o + i) / 2;
  let a, l;
  return o === i ? (a = 0, l = Number.NaN) : a = r < 0.5 ? (o - i) / (o + i) : (o - i) / (2 - o - i), t == o ? l = (n - s) / (o - i) : n == o ? l = 2 + (s - t) / (o - i) : s == o && (l = 4 + (t - n) / (o - i)), l *= 60, l < 0 && (l += 360), e.length > 3 && e[3] !== void 0 ? [l, a, r, e[3]] : [l, a, r];
};
R.prototype.hsl = function() {
  return ph(this._rgb);
};
const n1 = (...e) => new R(...e, "hsl");
G.hsl = n1;
tt.format.hsl = Lr;
tt.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = nt(e, "hsl"), it(e) === "array" && e.length === 3)
      return "hsl";
  }
});
const s1 = (e, t, n) => ns(e, t, n, "hsl");
Vt.hsl = s1;
const { floor: i1 } = Math, o1 = (...e) => {
  e = nt(e, "hsv");
  let [t, n, s] = e, i, o, r;
  if (s *= 255, n === 0)
    i = o = r = s;
  else {
    t === 360 && (t = 0), t > 360 && (t -= 360), t < 0 && (t += 360), t /= 60;
    const a = i1(t), l = t - a, c = s * (1 - n), f = s * (1 - n * l), u = s * (1 - n * (1 - l));
    switch (a) {
      case 0:
        [i, o, r] = [s, u, c];
        break;
      case 1:
        [i, o, r] = [f, s, c];
        break;
      case 2:
        [i, o, r] = [c, s, u];
        break;
      case 3:
        [i, o, r] = [c, f, s];
        break;
      case 4:
        [i, o, r] = [u, c, s];
        break;
      case 5:
        [i, o, r] = [s, c, f];
        break;
    }
  }
  return [i, o, r, e.length > 3 ? e[3] : 1];
}, { min: r1, max: a1 } = Math, l1 = (...e) => {
  e = nt(e, "rgb");
  let [t, n, s] = e;
  const i = r1(t, n, s), o = a1(t, n, s), r = o - i;
  let a, l, c;
  return c = o / 255, o === 0 ? (a = Number.NaN, l = 0) : (l = r / o, t === o && (a = (n - s) / r), n === o && (a = 2 + (s - t) / r), s === o && (a = 4 + (t - n) / r), a *= 60, a < 0 && (a += 360)), [a, l, c];
};
R.prototype.hsv = function() {
  return l1(this._rgb);
};
const c1 = (...e) => new R(...e, "hsv");
G.hsv = c1;
tt.format.hsv = o1;
tt.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = nt(e, "hsv"), it(e) === "array" && e.length === 3)
      return "hsv";
  }
});
const f1 = (e, t, n) => ns(e, t, n, "hsv");
Vt.hsv = f1;
function so(e, t) {
  let n = e.length;
  Array.isArray(e[0]) || (e = [e]), Array.isArray(t[0]) || (t = t.map((r) => [r]));
  let s = t[0].length, i = t[0].map((r, a) => t.map((l) => l[a])), o = e.map(
    (r) => i.map((a) => Array.isArray(r) ? r.reduce((l, c, f) => l + c * (a[f] || 0), 0) : a.reduce((l, c) => l + c * r, 0))
  );
  return n === 1 && (o = o[0]), s === 1 ? o.map((r) => r[0]) : o;
}
const ka = (...e) => {
  e = nt(e, "lab");
  const [t, n, s, ...i] = e, [o, r, a] = u1([t, n, s]), [l, c, f] = ch(o, r, a);
  return [l, c, f, ...i.length > 0 && i[0] < 1 ? [i[0]] : []];
};
function u1(e) {
  var t = [
    [1.2268798758459243, -0.5578149944602171, 0.2813910456659647],
    [-0.0405757452148008, 1.112286803280317, -0.0717110580655164],
    [-0.0763729366746601, -0.4214933324022432, 1.5869240198367816]
  ], n = [
    [1, 0.3963377773761749, 0.2158037573099136],
    [1, -0.1055613458156586, -0.0638541728258133],
    [1, -0.0894841775298119, -1.2914855480194092]
  ], s = so(n, e);
  return so(
    t,
    s.map((i) => i ** 3)
  );
}
const Ca = (...e) => {
  const [t, n, s, ...i] = nt(e, "rgb"), o = fh(t, n, s);
  return [...h1(o), ...i.length > 0 && i[0] < 1 ? [i[0]] : []];
};
function h1(e) {
  const t = [
    [0.819022437996703, 0.3619062600528904, -0.1288737815209879],
    [0.0329836539323885, 0.9292868615863434, 0.0361446663506424],
    [0.0481771893596242, 0.2642395317527308, 0.6335478284694309]
  ], n = [
    [0.210454268309314, 0.7936177747023054, -0.0040720430116193],
    [1.9779985324311684, -2.42859224204858, 0.450593709617411],
    [0.0259040424655478, 0.7827717124575296, -0.8086757549230774]
  ], s = so(t, e);
  return so(
    n,
    s.map((i) => Math.cbrt(i))
  );
}
R.prototype.oklab = function() {
  return Ca(this._rgb);
};
const d1 = (...e) => new R(...e, "oklab");
Object.assign(G, { oklab: d1 });
tt.format.oklab = ka;
tt.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = nt(e, "oklab"), it(e) === "array" && e.length === 3)
      return "oklab";
  }
});
const p1 = (e, t, n) => {
  const s = e.oklab(), i = t.oklab();
  return new R(
    s[0] + n * (i[0] - s[0]),
    s[1] + n * (i[1] - s[1]),
    s[2] + n * (i[2] - s[2]),
    "oklab"
  );
};
Vt.oklab = p1;
const g1 = (e, t, n) => ns(e, t, n, "oklch");
Vt.oklch = g1;
const { pow: tr, sqrt: er, PI: nr, cos: $c, sin: jc, atan2: m1 } = Math, b1 = (e, t = "lrgb", n = null) => {
  const s = e.length;
  n || (n = Array.from(new Array(s)).map(() => 1));
  const i = s / n.reduce(function(u, h) {
    return u + h;
  });
  if (n.forEach((u, h) => {
    n[h] *= i;
  }), e = e.map((u) => new R(u)), t === "lrgb")
    return _1(e, n);
  const o = e.shift(), r = o.get(t), a = [];
  let l = 0, c = 0;
  for (let u = 0; u < r.length; u++)
    if (r[u] = (r[u] || 0) * n[0], a.push(isNaN(r[u]) ? 0 : n[0]), t.charAt(u) === "h" && !isNaN(r[u])) {
      const h = r[u] / 180 * nr;
      l += $c(h) * n[0], c += jc(h) * n[0];
    }
  let f = o.alpha() * n[0];
  e.forEach((u, h) => {
    const d = u.get(t);
    f += u.alpha() * n[h + 1];
    for (let p = 0; p < r.length; p++)
      if (!isNaN(d[p]))
        if (a[p] += n[h + 1], t.charAt(p) === "h") {
          const g = d[p] / 180 * nr;
          l += $c(g) * n[h + 1], c += jc(g) * n[h + 1];
        } else
          r[p] += d[p] * n[h + 1];
  });
  for (let u = 0; u < r.length; u++)
    if (t.charAt(u) === "h") {
      let h = m1(c / a[u], l / a[u]) / nr * 180;
      for (; h < 0; ) h += 360;
      for (; h >= 360; ) h -= 360;
      r[u] = h;
    } else
      r[u] = r[u] / a[u];
  return f /= s, new R(r, t).alpha(f > 0.99999 ? 1 : f, !0);
}, _1 = (e, t) => {
  const n = e.length, s = [0, 0, 0, 0];
  for (let i = 0; i < e.length; i++) {
    const o = e[i], r = t[i] / n, a = o._rgb;
    s[0] += tr(a[0], 2) * r, s[1] += tr(a[1], 2) * r, s[2] += tr(a[2], 2) * r, s[3] += a[3] * r;
  }
  return s[0] = er(s[0]), s[1] = er(s[1]), s[2] = er(s[2]), s[3] > 0.9999999 && (s[3] = 1), new R(Oa(s));
}, { pow: y1 } = Math;
function io(e) {
  let t = "rgb", n = G("#ccc"), s = 0, i = [0, 1], o = [], r = [0, 0], a = !1, l = [], c = !1, f = 0, u = 1, h = !1, d = {}, p = !0, g = 1;
  const b = function(v) {
    if (v = v || ["#fff", "#000"], v && it(v) === "string" && G.brewer && G.brewer[v.toLowerCase()] && (v = G.brewer[v.toLowerCase()]), it(v) === "array") {
      v.length === 1 && (v = [v[0], v[0]]), v = v.slice(0);
      for (let S = 0; S < v.length; S++)
        v[S] = G(v[S]);
      o.length = 0;
      for (let S = 0; S < v.length; S++)
        o.push(S / (v.length - 1));
    }
    return w(), l = v;
  }, _ = function(v) {
    if (a != null) {
      const S = a.length - 1;
      let k = 0;
      for (; k < S && v >= a[k]; )
        k++;
      return k - 1;
    }
    return 0;
  };
  let E = (v) => v, M = (v) => v;
  const D = function(v, S) {
    let k, V;
    if (S == null && (S = !1), isNaN(v) || v === null)
      return n;
    S ? V = v : a && a.length > 2 ? V = _(v) / (a.length - 2) : u !== f ? V = (v - f) / (u - f) : V = 1, V = M(V), S || (V = E(V)), g !== 1 && (V = y1(V, g)), V = r[0] + V * (1 - r[0] - r[1]), V = kn(V, 0, 1);
    const z = Math.floor(V * 1e4);
    if (p && d[z])
      k = d[z];
    else {
      if (it(l) === "array")
        for (let B = 0; B < o.length; B++) {
          const et = o[B];
          if (V <= et) {
            k = l[B];
            break;
          }
          if (V >= et && B === o.length - 1) {
            k = l[B];
            break;
          }
          if (V > et && V < o[B + 1]) {
            V = (V - et) / (o[B + 1] - et), k = G.interpolate(
              l[B],
              l[B + 1],
              V,
              t
            );
            break;
          }
        }
      else it(l) === "function" && (k = l(V));
      p && (d[z] = k);
    }
    return k;
  };
  var w = () => d = {};
  b(e);
  const N = function(v) {
    const S = G(D(v));
    return c && S[c] ? S[c]() : S;
  };
  return N.classes = function(v) {
    if (v != null) {
      if (it(v) === "array")
        a = v, i = [v[0], v[v.length - 1]];
      else {
        const S = G.analyze(i);
        v === 0 ? a = [S.min, S.max] : a = G.limits(S, "e", v);
      }
      return N;
    }
    return a;
  }, N.domain = function(v) {
    if (!arguments.length)
      return i;
    f = v[0], u = v[v.length - 1], o = [];
    const S = l.length;
    if (v.length === S && f !== u)
      for (let k of Array.from(v))
        o.push((k - f) / (u - f));
    else {
      for (let k = 0; k < S; k++)
        o.push(k / (S - 1));
      if (v.length > 2) {
        const k = v.map((z, B) => B / (v.length - 1)), V = v.map((z) => (z - f) / (u - f));
        V.every((z, B) => k[B] === z) || (M = (z) => {
          if (z <= 0 || z >= 1) return z;
          let B = 0;
          for (; z >= V[B + 1]; ) B++;
          const et = (z - V[B]) / (V[B + 1] - V[B]);
          return k[B] + et * (k[B + 1] - k[B]);
        });
      }
    }
    return i = [f, u], N;
  }, N.mode = function(v) {
    return arguments.length ? (t = v, w(), N) : t;
  }, N.range = function(v, S) {
    return b(v), N;
  }, N.out = function(v) {
    return c = v, N;
  }, N.spread = function(v) {
    return arguments.length ? (s = v, N) : s;
  }, N.correctLightness = function(v) {
    return v == null && (v = !0), h = v, w(), h ? E = function(S) {
      const k = D(0, !0).lab()[0], V = D(1, !0).lab()[0], z = k > V;
      let B = D(S, !0).lab()[0];
      const et = k + (V - k) * S;
      let yt = B - et, Q = 0, J = 1, H = 20;
      for (; Math.abs(yt) > 0.01 && H-- > 0; )
        (function() {
          return z && (yt *= -1), yt < 0 ? (Q = S, S += (J - S) * 0.5) : (J = S, S += (Q - S) * 0.5), B = D(S, !0).lab()[0], yt = B - et;
        })();
      return S;
    } : E = (S) => S, N;
  }, N.padding = function(v) {
    return v != null ? (it(v) === "number" && (v = [v, v]), r = v, N) : r;
  }, N.colors = function(v, S) {
    arguments.length < 2 && (S = "hex");
    let k = [];
    if (arguments.length === 0)
      k = l.slice(0);
    else if (v === 1)
      k = [N(0.5)];
    else if (v > 1) {
      const V = i[0], z = i[1] - V;
      k = x1(0, v).map(
        (B) => N(V + B / (v - 1) * z)
      );
    } else {
      e = [];
      let V = [];
      if (a && a.length > 2)
        for (let z = 1, B = a.length, et = 1 <= B; et ? z < B : z > B; et ? z++ : z--)
          V.push((a[z - 1] + a[z]) * 0.5);
      else
        V = i;
      k = V.map((z) => N(z));
    }
    return G[S] && (k = k.map((V) => V[S]())), k;
  }, N.cache = function(v) {
    return v != null ? (p = v, N) : p;
  }, N.gamma = function(v) {
    return v != null ? (g = v, N) : g;
  }, N.nodata = function(v) {
    return v != null ? (n = G(v), N) : n;
  }, N;
}
function x1(e, t, n) {
  let s = [], i = e < t, o = t;
  for (let r = e; i ? r < o : r > o; i ? r++ : r--)
    s.push(r);
  return s;
}
const v1 = function(e) {
  let t = [1, 1];
  for (let n = 1; n < e; n++) {
    let s = [1];
    for (let i = 1; i <= t.length; i++)
      s[i] = (t[i] || 0) + t[i - 1];
    t = s;
  }
  return t;
}, w1 = function(e) {
  let t, n, s, i;
  if (e = e.map((o) => new R(o)), e.length === 2)
    [n, s] = e.map((o) => o.lab()), t = function(o) {
      const r = [0, 1, 2].map((a) => n[a] + o * (s[a] - n[a]));
      return new R(r, "lab");
    };
  else if (e.length === 3)
    [n, s, i] = e.map((o) => o.lab()), t = function(o) {
      const r = [0, 1, 2].map(
        (a) => (1 - o) * (1 - o) * n[a] + 2 * (1 - o) * o * s[a] + o * o * i[a]
      );
      return new R(r, "lab");
    };
  else if (e.length === 4) {
    let o;
    [n, s, i, o] = e.map((r) => r.lab()), t = function(r) {
      const a = [0, 1, 2].map(
        (l) => (1 - r) * (1 - r) * (1 - r) * n[l] + 3 * (1 - r) * (1 - r) * r * s[l] + 3 * (1 - r) * r * r * i[l] + r * r * r * o[l]
      );
      return new R(a, "lab");
    };
  } else if (e.length >= 5) {
    let o, r, a;
    o = e.map((l) => l.lab()), a = e.length - 1, r = v1(a), t = function(l) {
      const c = 1 - l, f = [0, 1, 2].map(
        (u) => o.reduce(
          (h, d, p) => h + r[p] * c ** (a - p) * l ** p * d[u],
          0
        )
      );
      return new R(f, "lab");
    };
  } else
    throw new RangeError("No point in running bezier with only one color.");
  return t;
}, E1 = (e) => {
  const t = w1(e);
  return t.scale = () => io(t), t;
}, { round: gh } = Math;
R.prototype.rgb = function(e = !0) {
  return e === !1 ? this._rgb.slice(0, 3) : this._rgb.slice(0, 3).map(gh);
};
R.prototype.rgba = function(e = !0) {
  return this._rgb.slice(0, 4).map((t, n) => n < 3 ? e === !1 ? t : gh(t) : t);
};
const O1 = (...e) => new R(...e, "rgb");
Object.assign(G, { rgb: O1 });
tt.format.rgb = (...e) => {
  const t = nt(e, "rgba");
  return t[3] === void 0 && (t[3] = 1), t;
};
tt.autodetect.push({
  p: 3,
  test: (...e) => {
    if (e = nt(e, "rgba"), it(e) === "array" && (e.length === 3 || e.length === 4 && it(e[3]) == "number" && e[3] >= 0 && e[3] <= 1))
      return "rgb";
  }
});
const me = (e, t, n) => {
  if (!me[n])
    throw new Error("unknown blend mode " + n);
  return me[n](e, t);
}, ln = (e) => (t, n) => {
  const s = G(n).rgb(), i = G(t).rgb();
  return G.rgb(e(s, i));
}, cn = (e) => (t, n) => {
  const s = [];
  return s[0] = e(t[0], n[0]), s[1] = e(t[1], n[1]), s[2] = e(t[2], n[2]), s;
}, M1 = (e) => e, S1 = (e, t) => e * t / 255, N1 = (e, t) => e > t ? t : e, D1 = (e, t) => e > t ? e : t, k1 = (e, t) => 255 * (1 - (1 - e / 255) * (1 - t / 255)), C1 = (e, t) => t < 128 ? 2 * e * t / 255 : 255 * (1 - 2 * (1 - e / 255) * (1 - t / 255)), A1 = (e, t) => 255 * (1 - (1 - t / 255) / (e / 255)), T1 = (e, t) => e === 255 ? 255 : (e = 255 * (t / 255) / (1 - e / 255), e > 255 ? 255 : e);
me.normal = ln(cn(M1));
me.multiply = ln(cn(S1));
me.screen = ln(cn(k1));
me.overlay = ln(cn(C1));
me.darken = ln(cn(N1));
me.lighten = ln(cn(D1));
me.dodge = ln(cn(T1));
me.burn = ln(cn(A1));
const { pow: P1, sin: R1, cos: V1 } = Math;
function I1(e = 300, t = -1.5, n = 1, s = 1, i = [0, 1]) {
  let o = 0, r;
  it(i) === "array" ? r = i[1] - i[0] : (r = 0, i = [i, i]);
  const a = function(l) {
    const c = ze * ((e + 120) / 360 + t * l), f = P1(i[0] + r * l, s), h = (o !== 0 ? n[0] + l * o : n) * f * (1 - f) / 2, d = V1(c), p = R1(c), g = f + h * (-0.14861 * d + 1.78277 * p), b = f + h * (-0.29227 * d - 0.90649 * p), _ = f + h * (1.97294 * d);
    return G(Oa([g * 255, b * 255, _ * 255, 1]));
  };
  return a.start = function(l) {
    return l == null ? e : (e = l, a);
  }, a.rotations = function(l) {
    return l == null ? t : (t = l, a);
  }, a.gamma = function(l) {
    return l == null ? s : (s = l, a);
  }, a.hue = function(l) {
    return l == null ? n : (n = l, it(n) === "array" ? (o = n[1] - n[0], o === 0 && (n = n[1])) : o = 0, a);
  }, a.lightness = function(l) {
    return l == null ? i : (it(l) === "array" ? (i = l, r = l[1] - l[0]) : (i = [l, l], r = 0), a);
  }, a.scale = () => G.scale(a), a.hue(n), a;
}
const L1 = "0123456789abcdef", { floor: F1, random: $1 } = Math, j1 = () => {
  let e = "#";
  for (let t = 0; t < 6; t++)
    e += L1.charAt(F1($1() * 16));
  return new R(e, "hex");
}, { log: Bc, pow: B1, floor: z1, abs: H1 } = Math;
function mh(e, t = null) {
  const n = {
    min: Number.MAX_VALUE,
    max: Number.MAX_VALUE * -1,
    sum: 0,
    values: [],
    count: 0
  };
  return it(e) === "object" && (e = Object.values(e)), e.forEach((s) => {
    t && it(s) === "object" && (s = s[t]), s != null && !isNaN(s) && (n.values.push(s), n.sum += s, s < n.min && (n.min = s), s > n.max && (n.max = s), n.count += 1);
  }), n.domain = [n.min, n.max], n.limits = (s, i) => bh(n, s, i), n;
}
function bh(e, t = "equal", n = 7) {
  it(e) == "array" && (e = mh(e));
  const { min: s, max: i } = e, o = e.values.sort((a, l) => a - l);
  if (n === 1)
    return [s, i];
  const r = [];
  if (t.substr(0, 1) === "c" && (r.push(s), r.push(i)), t.substr(0, 1) === "e") {
    r.push(s);
    for (let a = 1; a < n; a++)
      r.push(s + a / n * (i - s));
    r.push(i);
  } else if (t.substr(0, 1) === "l") {
    if (s <= 0)
      throw new Error(
        "Logarithmic scales are only possible for values > 0"
      );
    const a = Math.LOG10E * Bc(s), l = Math.LOG10E * Bc(i);
    r.push(s);
    for (let c = 1; c < n; c++)
      r.push(B1(10, a + c / n * (l - a)));
    r.push(i);
  } else if (t.substr(0, 1) === "q") {
    r.push(s);
    for (let a = 1; a < n; a++) {
      const l = (o.length - 1) * a / n, c = z1(l);
      if (c === l)
        r.push(o[c]);
      else {
        const f = l - c;
        r.push(o[c] * (1 - f) + o[c + 1] * f);
      }
    }
    r.push(i);
  } else if (t.substr(0, 1) === "k") {
    let a;
    const l = o.length, c = new Array(l), f = new Array(n);
    let u = !0, h = 0, d = null;
    d = [], d.push(s);
    for (let b = 1; b < n; b++)
      d.push(s + b / n * (i - s));
    for (d.push(i); u; ) {
      for (let _ = 0; _ < n; _++)
        f[_] = 0;
      for (let _ = 0; _ < l; _++) {
        const E = o[_];
        let M = Number.MAX_VALUE, D;
        for (let w = 0; w < n; w++) {
          const N = H1(d[w] - E);
          N < M && (M = N, D = w), f[D]++, c[_] = D;
        }
      }
      const b = new Array(n);
      for (let _ = 0; _ < n; _++)
        b[_] = null;
      for (let _ = 0; _ < l; _++)
        a = c[_], b[a] === null ? b[a] = o[_] : b[a] += o[_];
      for (let _ = 0; _ < n; _++)
        b[_] *= 1 / f[_];
      u = !1;
      for (let _ = 0; _ < n; _++)
        if (b[_] !== d[_]) {
          u = !0;
          break;
        }
      d = b, h++, h > 200 && (u = !1);
    }
    const p = {};
    for (let b = 0; b < n; b++)
      p[b] = [];
    for (let b = 0; b < l; b++)
      a = c[b], p[a].push(o[b]);
    let g = [];
    for (let b = 0; b < n; b++)
      g.push(p[b][0]), g.push(p[b][p[b].length - 1]);
    g = g.sort((b, _) => b - _), r.push(g[0]);
    for (let b = 1; b < g.length; b += 2) {
      const _ = g[b];
      !isNaN(_) && r.indexOf(_) === -1 && r.push(_);
    }
  }
  return r;
}
const W1 = (e, t) => {
  e = new R(e), t = new R(t);
  const n = e.luminance(), s = t.luminance();
  return n > s ? (n + 0.05) / (s + 0.05) : (s + 0.05) / (n + 0.05);
};
/**
 * @license
 *
 * The APCA contrast prediction algorithm is based of the formulas published
 * in the APCA-1.0.98G specification by Myndex. The specification is available at:
 * https://raw.githubusercontent.com/Myndex/apca-w3/master/images/APCAw3_0.1.17_APCA0.0.98G.svg
 *
 * Note that the APCA implementation is still beta, so please update to
 * future versions of chroma.js when they become available.
 *
 * You can read more about the APCA Readability Criterion at
 * https://readtech.org/ARC/
 */
const zc = 0.027, Y1 = 5e-4, U1 = 0.1, Hc = 1.14, xi = 0.022, Wc = 1.414, K1 = (e, t) => {
  e = new R(e), t = new R(t), e.alpha() < 1 && (e = Zn(t, e, e.alpha(), "rgb"));
  const n = Yc(...e.rgb()), s = Yc(...t.rgb()), i = n >= xi ? n : n + Math.pow(xi - n, Wc), o = s >= xi ? s : s + Math.pow(xi - s, Wc), r = Math.pow(o, 0.56) - Math.pow(i, 0.57), a = Math.pow(o, 0.65) - Math.pow(i, 0.62), l = Math.abs(o - i) < Y1 ? 0 : i < o ? r * Hc : a * Hc;
  return (Math.abs(l) < U1 ? 0 : l > 0 ? l - zc : l + zc) * 100;
};
function Yc(e, t, n) {
  return 0.2126729 * Math.pow(e / 255, 2.4) + 0.7151522 * Math.pow(t / 255, 2.4) + 0.072175 * Math.pow(n / 255, 2.4);
}
const { sqrt: Le, pow: Et, min: X1, max: q1, atan2: Uc, abs: Kc, cos: vi, sin: Xc, exp: G1, PI: qc } = Math;
function Z1(e, t, n = 1, s = 1, i = 1) {
  var o = function(At) {
    return 360 * At / (2 * qc);
  }, r = function(At) {
    return 2 * qc * At / 360;
  };
  e = new R(e), t = new R(t);
  const [a, l, c] = Array.from(e.lab()), [f, u, h] = Array.from(t.lab()), d = (a + f) / 2, p = Le(Et(l, 2) + Et(c, 2)), g = Le(Et(u, 2) + Et(h, 2)), b = (p + g) / 2, _ = 0.5 * (1 - Le(Et(b, 7) / (Et(b, 7) + Et(25, 7)))), E = l * (1 + _), M = u * (1 + _), D = Le(Et(E, 2) + Et(c, 2)), w = Le(Et(M, 2) + Et(h, 2)), N = (D + w) / 2, v = o(Uc(c, E)), S = o(Uc(h, M)), k = v >= 0 ? v : v + 360, V = S >= 0 ? S : S + 360, z = Kc(k - V) > 180 ? (k + V + 360) / 2 : (k + V) / 2, B = 1 - 0.17 * vi(r(z - 30)) + 0.24 * vi(r(2 * z)) + 0.32 * vi(r(3 * z + 6)) - 0.2 * vi(r(4 * z - 63));
  let et = V - k;
  et = Kc(et) <= 180 ? et : V <= k ? et + 360 : et - 360, et = 2 * Le(D * w) * Xc(r(et) / 2);
  const yt = f - a, Q = w - D, J = 1 + 0.015 * Et(d - 50, 2) / Le(20 + Et(d - 50, 2)), H = 1 + 0.045 * N, K = 1 + 0.015 * N * B, ft = 30 * G1(-Et((z - 275) / 25, 2)), ie = -(2 * Le(Et(N, 7) / (Et(N, 7) + Et(25, 7)))) * Xc(2 * r(ft)), Lt = Le(
    Et(yt / (n * J), 2) + Et(Q / (s * H), 2) + Et(et / (i * K), 2) + ie * (Q / (s * H)) * (et / (i * K))
  );
  return q1(0, X1(100, Lt));
}
function J1(e, t, n = "lab") {
  e = new R(e), t = new R(t);
  const s = e.get(n), i = t.get(n);
  let o = 0;
  for (let r in s) {
    const a = (s[r] || 0) - (i[r] || 0);
    o += a * a;
  }
  return Math.sqrt(o);
}
const Q1 = (...e) => {
  try {
    return new R(...e), !0;
  } catch {
    return !1;
  }
}, tx = {
  cool() {
    return io([G.hsl(180, 1, 0.9), G.hsl(250, 0.7, 0.4)]);
  },
  hot() {
    return io(["#000", "#f00", "#ff0", "#fff"]).mode(
      "rgb"
    );
  }
}, Fr = {
  // sequential
  OrRd: ["#fff7ec", "#fee8c8", "#fdd49e", "#fdbb84", "#fc8d59", "#ef6548", "#d7301f", "#b30000", "#7f0000"],
  PuBu: ["#fff7fb", "#ece7f2", "#d0d1e6", "#a6bddb", "#74a9cf", "#3690c0", "#0570b0", "#045a8d", "#023858"],
  BuPu: ["#f7fcfd", "#e0ecf4", "#bfd3e6", "#9ebcda", "#8c96c6", "#8c6bb1", "#88419d", "#810f7c", "#4d004b"],
  Oranges: ["#fff5eb", "#fee6ce", "#fdd0a2", "#fdae6b", "#fd8d3c", "#f16913", "#d94801", "#a63603", "#7f2704"],
  BuGn: ["#f7fcfd", "#e5f5f9", "#ccece6", "#99d8c9", "#66c2a4", "#41ae76", "#238b45", "#006d2c", "#00441b"],
  YlOrBr: ["#ffffe5", "#fff7bc", "#fee391", "#fec44f", "#fe9929", "#ec7014", "#cc4c02", "#993404", "#662506"],
  YlGn: ["#ffffe5", "#f7fcb9", "#d9f0a3", "#addd8e", "#78c679", "#41ab5d", "#238443", "#006837", "#004529"],
  Reds: ["#fff5f0", "#fee0d2", "#fcbba1", "#fc9272", "#fb6a4a", "#ef3b2c", "#cb181d", "#a50f15", "#67000d"],
  RdPu: ["#fff7f3", "#fde0dd", "#fcc5c0", "#fa9fb5", "#f768a1", "#dd3497", "#ae017e", "#7a0177", "#49006a"],
  Greens: ["#f7fcf5", "#e5f5e0", "#c7e9c0", "#a1d99b", "#74c476", "#41ab5d", "#238b45", "#006d2c", "#00441b"],
  YlGnBu: ["#ffffd9", "#edf8b1", "#c7e9b4", "#7fcdbb", "#41b6c4", "#1d91c0", "#225ea8", "#253494", "#081d58"],
  Purples: ["#fcfbfd", "#efedf5", "#dadaeb", "#bcbddc", "#9e9ac8", "#807dba", "#6a51a3", "#54278f", "#3f007d"],
  GnBu: ["#f7fcf0", "#e0f3db", "#ccebc5", "#a8ddb5", "#7bccc4", "#4eb3d3", "#2b8cbe", "#0868ac", "#084081"],
  Greys: ["#ffffff", "#f0f0f0", "#d9d9d9", "#bdbdbd", "#969696", "#737373", "#525252", "#252525", "#000000"],
  YlOrRd: ["#ffffcc", "#ffeda0", "#fed976", "#feb24c", "#fd8d3c", "#fc4e2a", "#e31a1c", "#bd0026", "#800026"],
  PuRd: ["#f7f4f9", "#e7e1ef", "#d4b9da", "#c994c7", "#df65b0", "#e7298a", "#ce1256", "#980043", "#67001f"],
  Blues: ["#f7fbff", "#deebf7", "#c6dbef", "#9ecae1", "#6baed6", "#4292c6", "#2171b5", "#08519c", "#08306b"],
  PuBuGn: ["#fff7fb", "#ece2f0", "#d0d1e6", "#a6bddb", "#67a9cf", "#3690c0", "#02818a", "#016c59", "#014636"],
  Viridis: ["#440154", "#482777", "#3f4a8a", "#31678e", "#26838f", "#1f9d8a", "#6cce5a", "#b6de2b", "#fee825"],
  // diverging
  Spectral: ["#9e0142", "#d53e4f", "#f46d43", "#fdae61", "#fee08b", "#ffffbf", "#e6f598", "#abdda4", "#66c2a5", "#3288bd", "#5e4fa2"],
  RdYlGn: ["#a50026", "#d73027", "#f46d43", "#fdae61", "#fee08b", "#ffffbf", "#d9ef8b", "#a6d96a", "#66bd63", "#1a9850", "#006837"],
  RdBu: ["#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#f7f7f7", "#d1e5f0", "#92c5de", "#4393c3", "#2166ac", "#053061"],
  PiYG: ["#8e0152", "#c51b7d", "#de77ae", "#f1b6da", "#fde0ef", "#f7f7f7", "#e6f5d0", "#b8e186", "#7fbc41", "#4d9221", "#276419"],
  PRGn: ["#40004b", "#762a83", "#9970ab", "#c2a5cf", "#e7d4e8", "#f7f7f7", "#d9f0d3", "#a6dba0", "#5aae61", "#1b7837", "#00441b"],
  RdYlBu: ["#a50026", "#d73027", "#f46d43", "#fdae61", "#fee090", "#ffffbf", "#e0f3f8", "#abd9e9", "#74add1", "#4575b4", "#313695"],
  BrBG: ["#543005", "#8c510a", "#bf812d", "#dfc27d", "#f6e8c3", "#f5f5f5", "#c7eae5", "#80cdc1", "#35978f", "#01665e", "#003c30"],
  RdGy: ["#67001f", "#b2182b", "#d6604d", "#f4a582", "#fddbc7", "#ffffff", "#e0e0e0", "#bababa", "#878787", "#4d4d4d", "#1a1a1a"],
  PuOr: ["#7f3b08", "#b35806", "#e08214", "#fdb863", "#fee0b6", "#f7f7f7", "#d8daeb", "#b2abd2", "#8073ac", "#542788", "#2d004b"],
  // qualitative
  Set2: ["#66c2a5", "#fc8d62", "#8da0cb", "#e78ac3", "#a6d854", "#ffd92f", "#e5c494", "#b3b3b3"],
  Accent: ["#7fc97f", "#beaed4", "#fdc086", "#ffff99", "#386cb0", "#f0027f", "#bf5b17", "#666666"],
  Set1: ["#e41a1c", "#377eb8", "#4daf4a", "#984ea3", "#ff7f00", "#ffff33", "#a65628", "#f781bf", "#999999"],
  Set3: ["#8dd3c7", "#ffffb3", "#bebada", "#fb8072", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9", "#bc80bd", "#ccebc5", "#ffed6f"],
  Dark2: ["#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#666666"],
  Paired: ["#a6cee3", "#1f78b4", "#b2df8a", "#33a02c", "#fb9a99", "#e31a1c", "#fdbf6f", "#ff7f00", "#cab2d6", "#6a3d9a", "#ffff99", "#b15928"],
  Pastel2: ["#b3e2cd", "#fdcdac", "#cbd5e8", "#f4cae4", "#e6f5c9", "#fff2ae", "#f1e2cc", "#cccccc"],
  Pastel1: ["#fbb4ae", "#b3cde3", "#ccebc5", "#decbe4", "#fed9a6", "#ffffcc", "#e5d8bd", "#fddaec", "#f2f2f2"]
}, _h = Object.keys(Fr), Gc = new Map(_h.map((e) => [e.toLowerCase(), e])), ex = typeof Proxy == "function" ? new Proxy(Fr, {
  get(e, t) {
    const n = t.toLowerCase();
    if (Gc.has(n))
      return e[Gc.get(n)];
  },
  getOwnPropertyNames() {
    return Object.getOwnPropertyNames(_h);
  }
}) : Fr, nx = (...e) => {
  e = nt(e, "cmyk");
  const [t, n, s, i] = e, o = e.length > 4 ? e[4] : 1;
  return i === 1 ? [0, 0, 0, o] : [
    t >= 1 ? 0 : 255 * (1 - t) * (1 - i),
    // r
    n >= 1 ? 0 : 255 * (1 - n) * (1 - i),
    // g
    s >= 1 ? 0 : 255 * (1 - s) * (1 - i),
    // b
    o
  ];
}, { max: Zc } = Math, sx = (...e) => {
  let [t, n, s] = nt(e, "rgb");
  t = t / 255, n = n / 255, s = s / 255;
  const i = 1 - Zc(t, Zc(n, s)), o = i < 1 ? 1 / (1 - i) : 0, r = (1 - t - i) * o, a = (1 - n - i) * o, l = (1 - s - i) * o;
  return [r, a, l, i];
};
R.prototype.cmyk = function() {
  return sx(this._rgb);
};
const ix = (...e) => new R(...e, "cmyk");
Object.assign(G, { cmyk: ix });
tt.format.cmyk = nx;
tt.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = nt(e, "cmyk"), it(e) === "array" && e.length === 4)
      return "cmyk";
  }
});
const ox = (...e) => {
  const t = nt(e, "hsla");
  let n = es(e) || "lsa";
  return t[0] = ae(t[0] || 0) + "deg", t[1] = ae(t[1] * 100) + "%", t[2] = ae(t[2] * 100) + "%", n === "hsla" || t.length > 3 && t[3] < 1 ? (t[3] = "/ " + (t.length > 3 ? t[3] : 1), n = "hsla") : t.length = 3, `${n.substr(0, 3)}(${t.join(" ")})`;
}, rx = (...e) => {
  const t = nt(e, "lab");
  let n = es(e) || "lab";
  return t[0] = ae(t[0]) + "%", t[1] = ae(t[1]), t[2] = ae(t[2]), n === "laba" || t.length > 3 && t[3] < 1 ? t[3] = "/ " + (t.length > 3 ? t[3] : 1) : t.length = 3, `lab(${t.join(" ")})`;
}, ax = (...e) => {
  const t = nt(e, "lch");
  let n = es(e) || "lab";
  return t[0] = ae(t[0]) + "%", t[1] = ae(t[1]), t[2] = isNaN(t[2]) ? "none" : ae(t[2]) + "deg", n === "lcha" || t.length > 3 && t[3] < 1 ? t[3] = "/ " + (t.length > 3 ? t[3] : 1) : t.length = 3, `lch(${t.join(" ")})`;
}, lx = (...e) => {
  const t = nt(e, "lab");
  return t[0] = ae(t[0] * 100) + "%", t[1] = Ir(t[1]), t[2] = Ir(t[2]), t.length > 3 && t[3] < 1 ? t[3] = "/ " + (t.length > 3 ? t[3] : 1) : t.length = 3, `oklab(${t.join(" ")})`;
}, yh = (...e) => {
  const [t, n, s, ...i] = nt(e, "rgb"), [o, r, a] = Ca(t, n, s), [l, c, f] = hh(o, r, a);
  return [l, c, f, ...i.length > 0 && i[0] < 1 ? [i[0]] : []];
}, cx = (...e) => {
  const t = nt(e, "lch");
  return t[0] = ae(t[0] * 100) + "%", t[1] = Ir(t[1]), t[2] = isNaN(t[2]) ? "none" : ae(t[2]) + "deg", t.length > 3 && t[3] < 1 ? t[3] = "/ " + (t.length > 3 ? t[3] : 1) : t.length = 3, `oklch(${t.join(" ")})`;
}, { round: sr } = Math, fx = (...e) => {
  const t = nt(e, "rgba");
  let n = es(e) || "rgb";
  if (n.substr(0, 3) === "hsl")
    return ox(ph(t), n);
  if (n.substr(0, 3) === "lab") {
    const s = Ys();
    We("d50");
    const i = rx(Sa(t), n);
    return We(s), i;
  }
  if (n.substr(0, 3) === "lch") {
    const s = Ys();
    We("d50");
    const i = ax(Da(t), n);
    return We(s), i;
  }
  return n.substr(0, 5) === "oklab" ? lx(Ca(t)) : n.substr(0, 5) === "oklch" ? cx(yh(t)) : (t[0] = sr(t[0]), t[1] = sr(t[1]), t[2] = sr(t[2]), (n === "rgba" || t.length > 3 && t[3] < 1) && (t[3] = "/ " + (t.length > 3 ? t[3] : 1), n = "rgba"), `${n.substr(0, 3)}(${t.slice(0, n === "rgb" ? 3 : 4).join(" ")})`);
}, xh = (...e) => {
  e = nt(e, "lch");
  const [t, n, s, ...i] = e, [o, r, a] = uh(t, n, s), [l, c, f] = ka(o, r, a);
  return [l, c, f, ...i.length > 0 && i[0] < 1 ? [i[0]] : []];
}, Ye = /((?:-?\d+)|(?:-?\d+(?:\.\d+)?)%|none)/.source, ge = /((?:-?(?:\d+(?:\.\d*)?|\.\d+)%?)|none)/.source, oo = /((?:-?(?:\d+(?:\.\d*)?|\.\d+)%)|none)/.source, le = /\s*/.source, ss = /\s+/.source, Aa = /\s*,\s*/.source, Oo = /((?:-?(?:\d+(?:\.\d*)?|\.\d+)(?:deg)?)|none)/.source, is = /\s*(?:\/\s*((?:[01]|[01]?\.\d+)|\d+(?:\.\d+)?%))?/.source, vh = new RegExp(
  "^rgba?\\(" + le + [Ye, Ye, Ye].join(ss) + is + "\\)$"
), wh = new RegExp(
  "^rgb\\(" + le + [Ye, Ye, Ye].join(Aa) + le + "\\)$"
), Eh = new RegExp(
  "^rgba\\(" + le + [Ye, Ye, Ye, ge].join(Aa) + le + "\\)$"
), Oh = new RegExp(
  "^hsla?\\(" + le + [Oo, oo, oo].join(ss) + is + "\\)$"
), Mh = new RegExp(
  "^hsl?\\(" + le + [Oo, oo, oo].join(Aa) + le + "\\)$"
), Sh = /^hsla\(\s*(-?\d+(?:\.\d+)?),\s*(-?\d+(?:\.\d+)?)%\s*,\s*(-?\d+(?:\.\d+)?)%\s*,\s*([01]|[01]?\.\d+)\)$/, Nh = new RegExp(
  "^lab\\(" + le + [ge, ge, ge].join(ss) + is + "\\)$"
), Dh = new RegExp(
  "^lch\\(" + le + [ge, ge, Oo].join(ss) + is + "\\)$"
), kh = new RegExp(
  "^oklab\\(" + le + [ge, ge, ge].join(ss) + is + "\\)$"
), Ch = new RegExp(
  "^oklch\\(" + le + [ge, ge, Oo].join(ss) + is + "\\)$"
), { round: Ah } = Math, Bn = (e) => e.map((t, n) => n <= 2 ? kn(Ah(t), 0, 255) : t), Ot = (e, t = 0, n = 100, s = !1) => (typeof e == "string" && e.endsWith("%") && (e = parseFloat(e.substring(0, e.length - 1)) / 100, s ? e = t + (e + 1) * 0.5 * (n - t) : e = t + e * (n - t)), +e), $t = (e, t) => e === "none" ? t : e, Ta = (e) => {
  if (e = e.toLowerCase().trim(), e === "transparent")
    return [0, 0, 0, 0];
  let t;
  if (tt.format.named)
    try {
      return tt.format.named(e);
    } catch {
    }
  if ((t = e.match(vh)) || (t = e.match(wh))) {
    let n = t.slice(1, 4);
    for (let i = 0; i < 3; i++)
      n[i] = +Ot($t(n[i], 0), 0, 255);
    n = Bn(n);
    const s = t[4] !== void 0 ? +Ot(t[4], 0, 1) : 1;
    return n[3] = s, n;
  }
  if (t = e.match(Eh)) {
    const n = t.slice(1, 5);
    for (let s = 0; s < 4; s++)
      n[s] = +Ot(n[s], 0, 255);
    return n;
  }
  if ((t = e.match(Oh)) || (t = e.match(Mh))) {
    const n = t.slice(1, 4);
    n[0] = +$t(n[0].replace("deg", ""), 0), n[1] = +Ot($t(n[1], 0), 0, 100) * 0.01, n[2] = +Ot($t(n[2], 0), 0, 100) * 0.01;
    const s = Bn(Lr(n)), i = t[4] !== void 0 ? +Ot(t[4], 0, 1) : 1;
    return s[3] = i, s;
  }
  if (t = e.match(Sh)) {
    const n = t.slice(1, 4);
    n[1] *= 0.01, n[2] *= 0.01;
    const s = Lr(n);
    for (let i = 0; i < 3; i++)
      s[i] = Ah(s[i]);
    return s[3] = +t[4], s;
  }
  if (t = e.match(Nh)) {
    const n = t.slice(1, 4);
    n[0] = Ot($t(n[0], 0), 0, 100), n[1] = Ot($t(n[1], 0), -125, 125, !0), n[2] = Ot($t(n[2], 0), -125, 125, !0);
    const s = Ys();
    We("d50");
    const i = Bn(Ma(n));
    We(s);
    const o = t[4] !== void 0 ? +Ot(t[4], 0, 1) : 1;
    return i[3] = o, i;
  }
  if (t = e.match(Dh)) {
    const n = t.slice(1, 4);
    n[0] = Ot(n[0], 0, 100), n[1] = Ot($t(n[1], 0), 0, 150, !1), n[2] = +$t(n[2].replace("deg", ""), 0);
    const s = Ys();
    We("d50");
    const i = Bn(Na(n));
    We(s);
    const o = t[4] !== void 0 ? +Ot(t[4], 0, 1) : 1;
    return i[3] = o, i;
  }
  if (t = e.match(kh)) {
    const n = t.slice(1, 4);
    n[0] = Ot($t(n[0], 0), 0, 1), n[1] = Ot($t(n[1], 0), -0.4, 0.4, !0), n[2] = Ot($t(n[2], 0), -0.4, 0.4, !0);
    const s = Bn(ka(n)), i = t[4] !== void 0 ? +Ot(t[4], 0, 1) : 1;
    return s[3] = i, s;
  }
  if (t = e.match(Ch)) {
    const n = t.slice(1, 4);
    n[0] = Ot($t(n[0], 0), 0, 1), n[1] = Ot($t(n[1], 0), 0, 0.4, !1), n[2] = +$t(n[2].replace("deg", ""), 0);
    const s = Bn(xh(n)), i = t[4] !== void 0 ? +Ot(t[4], 0, 1) : 1;
    return s[3] = i, s;
  }
};
Ta.test = (e) => (
  // modern
  vh.test(e) || Oh.test(e) || Nh.test(e) || Dh.test(e) || kh.test(e) || Ch.test(e) || // legacy
  wh.test(e) || Eh.test(e) || Mh.test(e) || Sh.test(e) || e === "transparent"
);
R.prototype.css = function(e) {
  return fx(this._rgb, e);
};
const ux = (...e) => new R(...e, "css");
G.css = ux;
tt.format.css = Ta;
tt.autodetect.push({
  p: 5,
  test: (e, ...t) => {
    if (!t.length && it(e) === "string" && Ta.test(e))
      return "css";
  }
});
tt.format.gl = (...e) => {
  const t = nt(e, "rgba");
  return t[0] *= 255, t[1] *= 255, t[2] *= 255, t;
};
const hx = (...e) => new R(...e, "gl");
G.gl = hx;
R.prototype.gl = function() {
  const e = this._rgb;
  return [e[0] / 255, e[1] / 255, e[2] / 255, e[3]];
};
R.prototype.hex = function(e) {
  return lh(this._rgb, e);
};
const dx = (...e) => new R(...e, "hex");
G.hex = dx;
tt.format.hex = ah;
tt.autodetect.push({
  p: 4,
  test: (e, ...t) => {
    if (!t.length && it(e) === "string" && [3, 4, 5, 6, 7, 8, 9].indexOf(e.length) >= 0)
      return "hex";
  }
});
const { log: wi } = Math, Th = (e) => {
  const t = e / 100;
  let n, s, i;
  return t < 66 ? (n = 255, s = t < 6 ? 0 : -155.25485562709179 - 0.44596950469579133 * (s = t - 2) + 104.49216199393888 * wi(s), i = t < 20 ? 0 : -254.76935184120902 + 0.8274096064007395 * (i = t - 10) + 115.67994401066147 * wi(i)) : (n = 351.97690566805693 + 0.114206453784165 * (n = t - 55) - 40.25366309332127 * wi(n), s = 325.4494125711974 + 0.07943456536662342 * (s = t - 50) - 28.0852963507957 * wi(s), i = 255), [n, s, i, 1];
}, { round: px } = Math, gx = (...e) => {
  const t = nt(e, "rgb"), n = t[0], s = t[2];
  let i = 1e3, o = 4e4;
  const r = 0.4;
  let a;
  for (; o - i > r; ) {
    a = (o + i) * 0.5;
    const l = Th(a);
    l[2] / l[0] >= s / n ? o = a : i = a;
  }
  return px(a);
};
R.prototype.temp = R.prototype.kelvin = R.prototype.temperature = function() {
  return gx(this._rgb);
};
const ir = (...e) => new R(...e, "temp");
Object.assign(G, { temp: ir, kelvin: ir, temperature: ir });
tt.format.temp = tt.format.kelvin = tt.format.temperature = Th;
R.prototype.oklch = function() {
  return yh(this._rgb);
};
const mx = (...e) => new R(...e, "oklch");
Object.assign(G, { oklch: mx });
tt.format.oklch = xh;
tt.autodetect.push({
  p: 2,
  test: (...e) => {
    if (e = nt(e, "oklch"), it(e) === "array" && e.length === 3)
      return "oklch";
  }
});
Object.assign(G, {
  analyze: mh,
  average: b1,
  bezier: E1,
  blend: me,
  brewer: ex,
  Color: R,
  colors: Gn,
  contrast: W1,
  contrastAPCA: K1,
  cubehelix: I1,
  deltaE: Z1,
  distance: J1,
  input: tt,
  interpolate: Zn,
  limits: bh,
  mix: Zn,
  random: j1,
  scale: io,
  scales: tx,
  valid: Q1
});
const bx = { "dsfr-chart-colors-01": "#5C68E5", "dsfr-chart-colors-02": "#82B5F2", "dsfr-chart-colors-03": "#29598F", "dsfr-chart-colors-04": "#31A7AE", "dsfr-chart-colors-05": "#81EEF5", "dsfr-chart-colors-06": "#B478F1", "dsfr-chart-colors-07": "#CFB1F5", "dsfr-chart-colors-08": "#CECECE", "dsfr-chart-colors-09": "#DBDAFF", "dsfr-chart-colors-10": "#00005F", "dsfr-chart-colors-11": "#298641", "dsfr-chart-colors-12": "#79D289", "dsfr-chart-colors-13": "#EFB900", "dsfr-chart-colors-14": "#FFA373", "dsfr-chart-colors-15": "#E91719", "dsfr-chart-colors-default": "#5C68E5", "dsfr-chart-colors-neutral": "#B1B1B1" }, _x = { "dsfr-chart-colors-01": "#5C68E5", "dsfr-chart-colors-02": "#699BD6", "dsfr-chart-colors-03": "#4878B1", "dsfr-chart-colors-04": "#00828A", "dsfr-chart-colors-05": "#51C1C8", "dsfr-chart-colors-06": "#BC8AF2", "dsfr-chart-colors-07": "#CFB1F5", "dsfr-chart-colors-08": "#A4A4A4", "dsfr-chart-colors-09": "#B8B9FF", "dsfr-chart-colors-10": "#3647CA", "dsfr-chart-colors-11": "#298641", "dsfr-chart-colors-12": "#449D57", "dsfr-chart-colors-13": "#AF8800", "dsfr-chart-colors-14": "#FFA373", "dsfr-chart-colors-15": "#E16834", "dsfr-chart-colors-default": "#5C68E5", "dsfr-chart-colors-neutral": "#808080" }, Jc = {
  light: bx,
  dark: _x
};
function yx({
  yparse: e = [],
  tmpColorParse: t = [],
  highlightIndex: n = [],
  selectedPalette: s = "",
  reverseOrder: i = !1
}) {
  const o = [], r = [], a = Vh(s), l = i ? [...e].reverse() : e;
  for (let f = 0; f < l.length; f++) {
    const u = l[f];
    let h = [], d = [];
    if (t[f]) {
      const p = t[f], g = u && u.length ? u.length : 1;
      h = Array(g).fill(p), d = h.map((b) => G(b).darken(0.8).hex());
    } else if (s === "neutral" && n.length > 0 && Array.isArray(u)) {
      const p = u && u.length ? u.length : 1;
      for (let g = 0; g < p; g++) {
        const b = n.includes(g) ? Ph() : Rh();
        h.push(b), d.push(G(b).darken(0.8).hex());
      }
    } else if (s.startsWith("divergent")) {
      const p = u && u.length ? u.length : 1;
      h = Array(p).fill(a[f % a.length]), d = h.map((g) => G(g).darken(0.8).hex());
    } else if (s === "categorical" || !s) {
      const p = Ox(f, a), g = u && u.length ? u.length : 1;
      h = Array(g).fill(p), d = h.map((b) => G(b).darken(0.8).hex());
    } else {
      const p = e.flat(), g = Math.min(...p), b = Math.max(...p), _ = G.scale(a).domain([b, g]);
      h = (u || [g]).map((M) => G(_(M)).hex()), d = h.map((M) => G(M).darken(0.8).hex());
    }
    o.push(h), r.push(d);
  }
  const c = i ? o.map((f) => f[0]).reverse() : o.map((f) => f[0]);
  return {
    colorParse: o,
    colorHover: r,
    legendColors: c
  };
}
function Pn() {
  const e = document.documentElement.getAttribute("data-fr-theme") || "light";
  return Jc[e] || Jc.light;
}
function $r() {
  const e = Pn();
  return [
    e["dsfr-chart-colors-01"],
    e["dsfr-chart-colors-02"],
    e["dsfr-chart-colors-03"],
    e["dsfr-chart-colors-04"],
    e["dsfr-chart-colors-05"],
    e["dsfr-chart-colors-06"],
    e["dsfr-chart-colors-07"],
    e["dsfr-chart-colors-08"]
  ];
}
function xx() {
  const e = Pn();
  return G.scale([
    e["dsfr-chart-colors-09"],
    e["dsfr-chart-colors-10"]
  ]).colors(10);
}
function vx() {
  const e = Pn();
  return G.scale([
    e["dsfr-chart-colors-10"],
    e["dsfr-chart-colors-09"]
  ]).colors(10);
}
function wx() {
  const e = Pn();
  return G.scale([
    e["dsfr-chart-colors-11"],
    e["dsfr-chart-colors-13"],
    e["dsfr-chart-colors-15"]
  ]).colors(4);
}
function Ex() {
  const e = Pn();
  return G.scale([
    e["dsfr-chart-colors-15"],
    e["dsfr-chart-colors-13"],
    e["dsfr-chart-colors-11"]
  ]).colors(4);
}
function Ox(e, t = $r()) {
  return t[e % t.length];
}
function Ph() {
  return Pn()["dsfr-chart-colors-default"];
}
function Rh() {
  return Pn()["dsfr-chart-colors-neutral"];
}
function Vh(e) {
  switch (e) {
    case "default":
      return [Ph()];
    case "neutral":
      return [Rh()];
    case "categorical":
      return $r();
    case "sequentialAscending":
      return xx();
    case "sequentialDescending":
      return vx();
    case "divergentAscending":
      return wx();
    case "divergentDescending":
      return Ex();
    default:
      return $r();
  }
}
const Mx = (e, t) => {
  const n = e.__vccOpts || e;
  for (const [s, i] of t)
    n[s] = i;
  return n;
};
Wt.register(Hn, Dr, ws);
const Sx = {
  name: "PieChart",
  mixins: [dy],
  props: {
    databoxId: {
      type: String,
      default: null
    },
    databoxType: {
      type: String,
      default: null
    },
    databoxSource: {
      type: String,
      default: "default"
    },
    x: {
      type: String,
      required: !0
    },
    y: {
      type: String,
      required: !0
    },
    name: {
      type: String,
      default: ""
    },
    fill: {
      type: [Boolean, String],
      default: !1
    },
    date: {
      type: String,
      default: ""
    },
    aspectRatio: {
      type: [Number, String],
      default: 2
    },
    selectedPalette: {
      type: String,
      default: ""
    },
    unitTooltip: {
      type: String,
      default: ""
    }
  },
  data() {
    return this.chart = void 0, {
      widgetId: "",
      chartId: "",
      display: "",
      datasets: [],
      labels: [],
      xparse: [],
      yparse: [],
      nameParse: [],
      tmpColorParse: [],
      colorParse: [],
      colorHover: []
    };
  },
  created() {
    hy(), this.chartId = "dsfr-chart-" + Math.floor(Math.random() * 1e3), this.widgetId = "dsfr-widget-" + Math.floor(Math.random() * 1e3);
  },
  mounted() {
    this.resetData(), this.createChart(), this.display = this.$refs[this.widgetId].offsetWidth > 486 ? "big" : "small", document.documentElement.addEventListener("dsfr.theme", (t) => {
      this.chartId !== "" && this.changeColors(t.detail.theme);
    });
  },
  methods: {
    resetData() {
      this.chart && this.chart.destroy(), this.display = "", this.datasets = [], this.labels = [], this.xparse = [], this.yparse = [], this.nameParse = [], this.tmpColorParse = [], this.colorParse = [], this.colorHover = [];
    },
    getData() {
      try {
        this.xparse = JSON.parse(this.x), this.yparse = JSON.parse(this.y);
      } catch (t) {
        console.error("Erreur lors du parsing des données x ou y:", t);
        return;
      }
      let e = [];
      if (this.name)
        try {
          e = JSON.parse(this.name);
        } catch (t) {
          console.error("Erreur lors du parsing de name:", t);
        }
      for (let t = 0; t < this.yparse[0].length; t++)
        e[t] ? this.nameParse.push(e[t]) : this.nameParse.push("Série " + (t + 1));
      this.labels = this.xparse[0], this.loadColors(), this.datasets = this.yparse.map((t, n) => ({
        data: t,
        borderColor: this.colorParse[n],
        backgroundColor: this.colorParse[n],
        hoverBorderColor: this.colorHover[n],
        hoverBackgroundColor: this.colorHover[n]
      }));
    },
    createChart() {
      this.chart && this.chart.destroy(), this.getData();
      const e = this.$refs[this.chartId].getContext("2d");
      this.chart = new Wt(e, {
        type: this.fill ? "pie" : "doughnut",
        data: {
          labels: this.labels,
          datasets: this.datasets
        },
        options: {
          aspectRatio: this.aspectRatio,
          layout: {
            padding: {
              left: 50,
              right: 50,
              top: 0,
              bottom: 0
            }
          },
          plugins: {
            legend: {
              display: !1
            },
            tooltip: {
              enabled: !1,
              displayColors: !1,
              backgroundColor: "#6b6b6b",
              callbacks: {
                label: (t) => {
                  const n = this.datasets[t.datasetIndex].data[t.dataIndex];
                  return this.formatNumber(n);
                },
                title: (t) => t[0].label,
                labelTextColor: (t) => this.colorParse[t.datasetIndex][t.dataIndex]
              },
              external: (t) => {
                const s = (document.getElementById(this.databoxId + "-" + this.databoxType + "-" + this.databoxSource) ?? this.$el.nextElementSibling).querySelector(".tooltip"), i = t.tooltip;
                if (!s) return;
                if (!i || i.opacity === 0) {
                  s.style.opacity = 0;
                  return;
                }
                if (s.classList.remove("above", "below", "no-transform"), i.yAlign ? s.classList.add(i.yAlign) : s.classList.add("no-transform"), i.body) {
                  const u = i.title || [], h = i.body.map((E) => E.lines), d = s.querySelector(".tooltip_header.fr-text--sm.fr-mb-0");
                  d.innerHTML = u;
                  const p = i.labelTextColors[0], g = s.querySelector(".tooltip_value");
                  g.innerHTML = "";
                  const _ = `${h[0][0]}${this.unitTooltip ? " " + this.unitTooltip : ""}`;
                  g.innerHTML += `
                    <div class="tooltip_value-content">
                      <span class="tooltip_dot" style="background-color:${p};"></span>
                      <p class="tooltip_place fr-mb-0">${_}</p>
                    </div>
                  `;
                }
                const { offsetLeft: o, offsetTop: r } = this.chart.canvas, a = Number(this.chart.canvas.style.width.replace(/\D/g, "")), l = Number(this.chart.canvas.style.height.replace(/\D/g, ""));
                let c = o + i.caretX + 10, f = r + i.caretY - 20;
                c + s.clientWidth > o + a && (c = o + i.caretX - s.clientWidth - 10), f + s.clientHeight > r + 0.9 * l && (f = r + i.caretY - s.clientHeight + 20), c < o && (c = o + i.caretX - s.clientWidth / 2, f = r + i.caretY - s.clientHeight - 20), s.style.position = "absolute", s.style.padding = i.padding + "px " + i.padding + "px", s.style.pointerEvents = "none", s.style.left = c + "px", s.style.top = f + "px", s.style.opacity = 1;
              }
            }
          }
        }
      });
    },
    loadColors() {
      let e = this.yparse;
      (this.selectedPalette === "" || this.selectedPalette === "categorical") && (e = this.yparse[0]);
      const { colorParse: t, colorHover: n } = yx({
        yparse: e,
        tmpColorParse: this.tmpColorParse,
        selectedPalette: this.selectedPalette
      });
      this.colorParse = [t.flat()], this.colorHover = [n.flat()];
    },
    choosePalette() {
      return Vh(this.selectedPalette);
    },
    // eslint-disable-next-line no-unused-vars
    changeColors(e) {
      this.loadColors(), this.chart.data.datasets.forEach((t, n) => {
        t.borderColor = this.colorParse[n], t.backgroundColor = this.colorParse[n], t.hoverBorderColor = this.colorHover[n], t.hoverBackgroundColor = this.colorHover[n];
      }), this.chart.update("none");
    }
  }
}, Nx = { class: "fr-col-12" }, Dx = { class: "chart" }, kx = { class: "chart_legend fr-mb-0 fr-mt-4v" }, Cx = { class: "fr-text--sm fr-text--bold fr-ml-1w fr-mb-0" }, Ax = {
  key: 0,
  class: "flex fr-mt-1w"
}, Tx = { class: "fr-text--xs" };
function Px(e, t, n, s, i, o) {
  var r;
  return ys(), uu(Zd, {
    disabled: !((r = e.$el) != null && r.ownerDocument.getElementById(n.databoxId)) || !n.databoxId && !n.databoxType && n.databoxSource === "default",
    to: "#" + n.databoxId + "-" + n.databoxType + "-" + n.databoxSource
  }, [
    Bt("div", {
      ref: i.widgetId,
      class: "widget_container fr-grid-row"
    }, [
      Bt("div", Nx, [
        Bt("div", Dx, [
          t[0] || (t[0] = Bt("div", { class: "tooltip" }, [
            Bt("div", { class: "tooltip_header fr-text--sm fr-mb-0" }),
            Bt("div", { class: "tooltip_body" }, [
              Bt("div", { class: "tooltip_value" }, [
                Bt("span", { class: "tooltip_dot" })
              ])
            ])
          ], -1)),
          Bt("canvas", { ref: i.chartId }, null, 512),
          Bt("div", kx, [
            (ys(!0), Vo(ue, null, dp(i.nameParse, (a, l) => (ys(), Vo("div", {
              key: l,
              class: "flex fr-mt-3v fr-mb-1v"
            }, [
              Bt("span", {
                class: "legende_dot",
                style: fo({ "background-color": i.colorParse[0][l] })
              }, null, 4),
              Bt("p", Cx, or(e.capitalize(a)), 1)
            ]))), 128)),
            n.date ? (ys(), Vo("div", Ax, [
              Bt("p", Tx, " Mise à jour : " + or(n.date), 1)
            ])) : ig("", !0)
          ])
        ])
      ])
    ], 512)
  ], 8, ["disabled", "to"]);
}
const Rx = /* @__PURE__ */ Mx(Sx, [["render", Px]]), Vx = /* @__PURE__ */ Bg(Rx);
customElements.define("pie-chart", Vx, { shadowRoot: !1 });
