// Progressive enhancement only: DKFDS behaviours (menus, accordions, character counters).
// Every page works without this file.
if (window.DKFDS && typeof window.DKFDS.init === 'function') window.DKFDS.init();
