{1}
{1, 2}
{*a, b}
{*a}
{x for x in y}
