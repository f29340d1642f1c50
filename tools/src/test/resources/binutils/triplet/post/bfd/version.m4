m4_define([BFD_VERSION], [2.40])
