// Error 1: a class member cannot start with "=".
// Error 2: a field initialiser lacks its expression; reported at ";".
class Voice {
  freq = 440;
  = 3;
  gain = ;
  play(note: number) { return note; }
}
