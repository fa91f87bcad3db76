#ifndef SHOPCHAT_CEDITLINE_SHIM_H
#define SHOPCHAT_CEDITLINE_SHIM_H

#include <histedit.h>
#include <stdio.h>
#include <locale.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <wchar.h>

/* el_set, el_get and history are C variadic functions, which Swift cannot call: these
   one-line wrappers give Swift fixed signatures. Swift 6 also rejects the C globals
   stdin/stdout, so the EditLine is created here. */

typedef char *(*shopchat_prompt_fn)(EditLine *);
typedef unsigned char (*shopchat_command_fn)(EditLine *, int);

static inline EditLine *shopchat_el_init(const char *prog) {
    return el_init(prog, stdin, stdout, stderr);
}
static inline void shopchat_el_set_prompt(EditLine *e, shopchat_prompt_fn f) { el_set(e, EL_PROMPT, f); }
/* Like EL_PROMPT, but text between two `ignore` characters (colour escapes) is printed without
   counting towards the prompt's width, so the cursor stays where the user sees it. */
static inline void shopchat_el_set_prompt_esc(EditLine *e, shopchat_prompt_fn f, char ignore) {
    el_set(e, EL_PROMPT_ESC, f, ignore);
}
static inline void shopchat_el_set_editor(EditLine *e, const char *mode) { el_set(e, EL_EDITOR, mode); }
static inline void shopchat_el_set_history(EditLine *e, History *h) { el_set(e, EL_HIST, history, h); }
/* Ctrl-C reaches the editor as a key rather than as SIGINT while a line is edited: a signal
   may land on any of the process's threads and then never interrupts the read. */
static inline void shopchat_el_set_no_isig(EditLine *e) { el_set(e, EL_SETTY, "-d", "-isig", NULL); }
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


/* Ctrl-C must interrupt the read in el_gets (so it returns NULL with EINTR and the REPL drops
   the half-typed line), not kill the process: a handler that does nothing, installed without
   SA_RESTART. A Ctrl-C while a turn is being handled is therefore ignored too. */
static inline void shopchat_ignore_signal(int signo) { (void)signo; }
static inline void shopchat_install_interrupt_handler(void) {
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = shopchat_ignore_signal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;
    sigaction(SIGINT, &action, NULL);
}

/* Columns a character takes on the terminal (2 for Chinese). glibc declares wcwidth only for
   _XOPEN_SOURCE, which the module importer does not define; the prototype is POSIX's. */
int wcwidth(wchar_t c);
static inline int shopchat_character_width(unsigned int scalar) { return wcwidth((wchar_t)scalar); }

/* The terminal's width in columns (ioctl is variadic), or 0 when stdout is not a terminal. */
static inline int shopchat_terminal_columns(void) {
    struct winsize size;
    if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) != 0) return 0;
    return size.ws_col;
}

#endif
