#ifndef SHOPCHAT_CEDITLINE_SHIM_H
#define SHOPCHAT_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <locale.h>
#include <signal.h>

/* el_set, el_get and history are C variadic functions, which Swift cannot call: these
   one-line wrappers give Swift fixed signatures. Swift 6 also rejects the C globals
   stdin/stdout, so the EditLine is created here. */

typedef char *(*shopchat_prompt_fn)(EditLine *);
typedef unsigned char (*shopchat_command_fn)(EditLine *, int);

static inline EditLine *shopchat_el_init(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}
static inline void shopchat_el_set_prompt(EditLine *e, shopchat_prompt_fn f) { el_set(e, EL_PROMPT, f); }
static inline void shopchat_el_set_editor(EditLine *e, const char *mode) { el_set(e, EL_EDITOR, mode); }
static inline void shopchat_el_set_history(EditLine *e, History *h) { el_set(e, EL_HIST, history, h); }
static inline void shopchat_el_set_signal(EditLine *e, int on) { el_set(e, EL_SIGNAL, on); }
static inline void shopchat_el_set_clientdata(EditLine *e, void *data) { el_set(e, EL_CLIENTDATA, data); }
static inline void *shopchat_el_get_clientdata(EditLine *e) {
    void *data = NULL;
    el_get(e, EL_CLIENTDATA, &data);
    return data;
}
static inline void shopchat_el_addfn(EditLine *e, const char *name, const char *help, shopchat_command_fn f) {
    el_set(e, EL_ADDFN, name, help, f);
}
static inline void shopchat_el_bind(EditLine *e, const char *key, const char *command) {
    el_set(e, EL_BIND, key, command, NULL);
}
static inline History *shopchat_history_init(int size) {
    HistEvent ev;
    History *h = history_init();
    history(h, &ev, H_SETSIZE, size);
    history(h, &ev, H_SETUNIQUE, 1);
    return h;
}
static inline void shopchat_history_enter(History *h, const char *line) {
    HistEvent ev;
    history(h, &ev, H_ENTER, line);
}
static inline int shopchat_history_load(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_LOAD, path);
}
static inline int shopchat_history_save(History *h, const char *path) {
    HistEvent ev;
    return history(h, &ev, H_SAVE, path);
}

#endif
