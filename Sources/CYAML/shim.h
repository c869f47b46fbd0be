// libyaml's event parser, which the YAML composer drives (the system library: yaml-0.1).
#include <yaml.h>
