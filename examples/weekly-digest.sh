#!/bin/sh
# A weekly digest of a log's open tasks, for a newsletter, a group chat or the
# stairwell board, built from `council tasks --open --json` (docs/json.md).
#
#   examples/weekly-digest.sh [LOG]        # LOG defaults to the current directory
#
# Needs `council` on PATH and perl (git installs it; JSON::PP is part of perl).
set -eu

log=${1:-.}
council --log "$log" tasks --open --json | perl -MJSON::PP -e '
    local $/;
    my $tasks = JSON::PP->new->utf8->decode(<STDIN>);
    binmode STDOUT, ":encoding(UTF-8)";
    my @overdue = grep { $_->{overdue} } @$tasks;
    my @open = grep { !$_->{overdue} } @$tasks;
    my $line = sub {
        my $t = shift;
        my $who = join(", ", @{ $t->{who} });
        my $due = defined $t->{due} ? ", due $t->{due}" : "";
        my $jar = "";
        if (my $j = $t->{jar}) {
            # Money is exact text ("38.50"): shown as it is, never re-computed as a float.
            $jar = "; jar $j->{collected} of $j->{target} $j->{currency}";
        }
        my $note = defined $t->{note} ? "\n    latest: $t->{note}" : "";
        return "- $t->{what} ($who$due$jar) [$t->{id}]$note\n";
    };
    my $n = @$tasks;
    print "Open tasks: $n\n";
    if (@overdue) {
        print "\nOverdue\n";
        print $line->($_) for sort { ($a->{due} // "") cmp ($b->{due} // "") } @overdue;
    }
    if (@open) {
        print "\nOpen\n";
        print $line->($_) for sort { ($a->{due} // "9999") cmp ($b->{due} // "9999") } @open;
    }
    print "\nReport back with: council report TASK --status done --note \"...\"\n" if $n;
'
