result = function(
    argument_one,
    argument_two=2,
    *rest,
    **options,
)
