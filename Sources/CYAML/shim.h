// Debian's libyaml (libyaml-dev); only CasebookCore/Loading/YAMLParser.swift uses it.
#include <yaml.h>
