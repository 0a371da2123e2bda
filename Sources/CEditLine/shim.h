#ifndef DOSSIER_CEDITLINE_SHIM_H
#define DOSSIER_CEDITLINE_SHIM_H
// libedit's el_set and history are C variadic functions, which Swift cannot call; these static
// inline wrappers fix each call's argument list so Swift sees ordinary functions.
#include <stdio.h>
#include <locale.h>
#include <histedit.h>

typedef unsigned char (*dossier_el_fn)(EditLine *, int);
typedef const char *(*dossier_prompt_fn)(EditLine *);

static inline int dossier_el_set_prompt(EditLine *el, dossier_prompt_fn fn) {
  return el_set(el, EL_PROMPT, fn);
}
static inline int dossier_el_set_editor(EditLine *el, const char *mode) {
  return el_set(el, EL_EDITOR, mode);
}
static inline int dossier_el_set_signal(EditLine *el, int on) {
  return el_set(el, EL_SIGNAL, on);
}
static inline int dossier_el_set_history(EditLine *el, History *h) {
  return el_set(el, EL_HIST, history, h);
}
static inline int dossier_el_addfn(EditLine *el, const char *name, const char *help, dossier_el_fn fn) {
  return el_set(el, EL_ADDFN, name, help, fn);
}
static inline int dossier_el_bind(EditLine *el, const char *key, const char *fn) {
  return el_set(el, EL_BIND, key, fn, NULL);
}
static inline int dossier_el_set_clientdata(EditLine *el, void *data) {
  return el_set(el, EL_CLIENTDATA, data);
}
static inline void *dossier_el_get_clientdata(EditLine *el) {
  void *data = NULL;
  el_get(el, EL_CLIENTDATA, &data);
  return data;
}
static inline int dossier_history_setsize(History *h, int size) {
  HistEvent ev;
  return history(h, &ev, H_SETSIZE, size);
}
static inline int dossier_history_setunique(History *h, int unique) {
  HistEvent ev;
  return history(h, &ev, H_SETUNIQUE, unique);
}
static inline int dossier_history_enter(History *h, const char *line) {
  HistEvent ev;
  return history(h, &ev, H_ENTER, line);
}
#endif
