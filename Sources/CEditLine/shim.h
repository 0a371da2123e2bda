#ifndef DOSSIER_CEDITLINE_SHIM_H
#define DOSSIER_CEDITLINE_SHIM_H
// libedit's el_set and history are C variadic functions, which Swift cannot call; these static
// inline wrappers fix each call's argument list so Swift sees ordinary functions.
#include <stdio.h>
#include <locale.h>
#include <histedit.h>

// The standard streams are C globals Swift 6 will not touch; libedit gets them here.
static inline EditLine *dossier_el_init(const char *program) {
  return el_init(program, stdin, stdout, stderr);
}

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

#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

// SIGINT without SA_RESTART: a read blocked in el_gets returns EINTR, so Ctrl-C at the prompt
// comes back to the shell instead of being swallowed.
static inline int dossier_install_sigint(void (*handler)(int)) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = handler;
  sigemptyset(&action.sa_mask);
  action.sa_flags = 0;
  return sigaction(SIGINT, &action, NULL);
}

// Columns of the terminal on fd, or 0 when it is not a terminal.
static inline int dossier_terminal_width(int fd) {
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 0;
}
#endif
