// Stands in for `debug` (docker-modem's request log, printed only with DEBUG=modem) in bundles
// that include dockerode (tsconfig.json `paths`): loading it costs start-up time (it loads tty
// and reads the terminal's colours) for a log nobody reads in an action. CommonJS, because
// docker-modem calls the module itself: require('debug')('modem').
module.exports = function debug() {
  const log = () => {};
  log.enabled = false;
  return log;
};
