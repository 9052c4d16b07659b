provider "aws" {
  region = "eu-west-3"

  default_tags {
    tags = {
      ManagedBy                                                     = "cloudwright"
      "cost-center"                                                 = "42"
      project                                                       = "showcase"
      "tag0quote\" } resource \"aws_instance\" \"pwn\" {"           = "quote\" } resource \"aws_instance\" \"pwn\" {"
      "tag1back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}"
      "tag2line1\nline2\r\n\tresource \"evil\" {}"                  = "line1\nline2\r\n\tresource \"evil\" {}"
      "tag3quote\" } resource \"aws_instance\" \"pwn\" {"           = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
      "tag4back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "ctrl\u0001\u001F\u007F end"
      "tag5line1\nline2\r\n\tresource \"evil\" {}"                  = "unicode é 日本 🚀 \u2028 sep"
      "tag6quote\" } resource \"aws_instance\" \"pwn\" {"           = "../../../etc/passwd"
      "tag7back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "<script>alert(1)</script> | [x](javascript:alert(1))"
      "tag8line1\nline2\r\n\tresource \"evil\" {}"                  = "$$${already} %%%{escaped} $$$${triple}"
      "unicode \u00E9 \u65E5\u672C \U0001F680 \u2028 sep"           = "ctrl\u0001\u001F\u007F end"
    }
  }
}

# CloudFront certificates and web ACLs live in us-east-1.
provider "aws" {
  alias  = "us_east_1"
  region = "us-east-1"

  default_tags {
    tags = {
      ManagedBy                                                     = "cloudwright"
      "cost-center"                                                 = "42"
      project                                                       = "showcase"
      "tag0quote\" } resource \"aws_instance\" \"pwn\" {"           = "quote\" } resource \"aws_instance\" \"pwn\" {"
      "tag1back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}"
      "tag2line1\nline2\r\n\tresource \"evil\" {}"                  = "line1\nline2\r\n\tresource \"evil\" {}"
      "tag3quote\" } resource \"aws_instance\" \"pwn\" {"           = "bicep' } resource evil 'x@1' = { ''' $${sys} \\$${}"
      "tag4back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "ctrl\u0001\u001F\u007F end"
      "tag5line1\nline2\r\n\tresource \"evil\" {}"                  = "unicode é 日本 🚀 \u2028 sep"
      "tag6quote\" } resource \"aws_instance\" \"pwn\" {"           = "../../../etc/passwd"
      "tag7back\\slash\\\" $${jndi:ldap://x} %%{if true}x%%{endif}" = "<script>alert(1)</script> | [x](javascript:alert(1))"
      "tag8line1\nline2\r\n\tresource \"evil\" {}"                  = "$$${already} %%%{escaped} $$$${triple}"
      "unicode \u00E9 \u65E5\u672C \U0001F680 \u2028 sep"           = "ctrl\u0001\u001F\u007F end"
    }
  }
}
