// SPDX-License-Identifier: MIT
#include "drawio/drawiostyles.h"

#include <map>

namespace cw::exporters {
namespace {

const char *kGroupPrefix
    = "points=[[0,0],[0.25,0],[0.5,0],[0.75,0],[1,0],[1,0.25],[1,0.5],[1,0.75],[1,1],[0.75,1],"
      "[0.5,1],[0.25,1],[0,1],[0,0.75],[0,0.5],[0,0.25]];outlineConnect=0;gradientColor=none;html="
      "1;"
      "whiteSpace=wrap;fontSize=12;fontStyle=0;container=1;pointerEvents=0;collapsible=0;"
      "recursiveResize=0;shape=mxgraph.aws4.";
const char *kIconPrefix
    = "sketch=0;outlineConnect=0;fontColor=#232F3E;strokeColor=#ffffff;dashed=0;"
      "verticalLabelPosition=bottom;verticalAlign=top;align=center;html=1;fontSize=12;fontStyle=0;"
      "aspect=fixed;shape=mxgraph.aws4.resourceIcon;";

/// AWS4 resource icon names per catalog kind.
const std::map<std::string, std::string> &awsIcons()
{
    static const std::map<std::string, std::string> icons { { "aws.acm", "certificate_manager_3" },
        { "aws.alb", "elastic_load_balancing" }, { "aws.api-gateway", "api_gateway" },
        { "aws.aurora-postgresql", "aurora" }, { "aws.bastion", "ec2" },
        { "aws.cloudfront", "cloudfront" }, { "aws.cloudtrail", "cloudtrail" },
        { "aws.cloudwatch", "cloudwatch_2" }, { "aws.codepipeline", "codepipeline" },
        { "aws.cognito", "cognito" }, { "aws.ec2", "ec2" }, { "aws.ecr", "ecr" },
        { "aws.ecs-fargate", "fargate" }, { "aws.eks", "eks" }, { "aws.eks-node-group", "eks" },
        { "aws.guardduty", "guardduty" }, { "aws.internet-gateway", "vpc" },
        { "aws.kms", "key_management_service" }, { "aws.lambda", "lambda" },
        { "aws.nat-gateway", "vpc" }, { "aws.nlb", "elastic_load_balancing" },
        { "aws.organizations", "organizations" }, { "aws.rds-postgresql", "rds" },
        { "aws.route53", "route_53" }, { "aws.s3", "s3" },
        { "aws.secrets-manager", "secrets_manager" }, { "aws.sns", "sns" }, { "aws.sqs", "sqs" },
        { "aws.transit-gateway", "transit_gateway" }, { "aws.vpc-endpoint", "vpc" },
        { "aws.vpc-flow-logs", "vpc" }, { "aws.vpn-gateway", "vpc" }, { "aws.waf", "waf" } };
    return icons;
}

/// Sidebar-AWS4 category fill colours.
std::string categoryFill(const std::string &category)
{
    static const std::map<std::string, std::string> fills { { "compute", "#ED7100" },
        { "containers", "#ED7100" }, { "database", "#C925D1" }, { "storage", "#7AA116" },
        { "networking", "#8C4FFF" }, { "edge", "#8C4FFF" }, { "integration", "#E7157B" },
        { "security", "#DD344C" }, { "observability", "#E7157B" }, { "management", "#E7157B" } };
    const auto it = fills.find(category);
    return it == fills.end() ? "#232F3E" : it->second;
}

} // namespace

std::string drawioStyle(const layout::Node &node, const NodeText &text, const std::string &kind)
{
    const bool azure = text.provider == Provider::Azure;
    const std::string azureGroup = "rounded=0;whiteSpace=wrap;html=1;container=1;collapsible=0;"
                                   "pointerEvents=0;verticalAlign=top;align=left;spacingLeft=10;";
    switch (node.kind) {
    case layout::NodeKind::Account:
        if (azure)
            return azureGroup + "fillColor=none;strokeColor=#0078D4;fontColor=#0078D4;dashed=0;";
        return std::string(kGroupPrefix)
            + "group;grIcon=mxgraph.aws4.group_account;strokeColor=#CD2264;fillColor=none;"
              "verticalAlign=top;align=left;spacingLeft=30;fontColor=#CD2264;dashed=0;";
    case layout::NodeKind::Network:
        if (azure)
            return azureGroup + "fillColor=none;strokeColor=#50E6FF;fontColor=#0078D4;dashed=0;";
        return std::string(kGroupPrefix)
            + "group;grIcon=mxgraph.aws4.group_vpc2;strokeColor=#8C4FFF;fillColor=none;"
              "verticalAlign=top;align=left;spacingLeft=30;fontColor=#AAB7B8;dashed=0;";
    case layout::NodeKind::Zone:
        return "fillColor=none;strokeColor=#147EBA;dashed=1;verticalAlign=top;fontStyle=0;"
               "fontColor=#147EBA;whiteSpace=wrap;html=1;container=1;collapsible=0;";
    case layout::NodeKind::Subnet: {
        if (azure)
            return azureGroup + "fillColor=#F2F8FD;strokeColor=#0078D4;fontColor=#0078D4;dashed=1;";
        const bool pub = text.tier == Tier::Public;
        const bool iso = text.tier == Tier::Isolated;
        return std::string(kGroupPrefix)
            + "group;grIcon=mxgraph.aws4.group_security_group;grStroke=0;"
            + (pub        ? "strokeColor=#7AA116;fillColor=#F2F6E8;fontColor=#248814;"
                    : iso ? "strokeColor=#7D8998;fillColor=#F4F5F6;fontColor=#5A6B86;"
                          : "strokeColor=#00A4A6;fillColor=#E6F6F7;fontColor=#147EBA;")
            + "verticalAlign=top;align=left;spacingLeft=30;dashed=0;";
    }
    case layout::NodeKind::External:
        if (text.icon == "internet")
            return "ellipse;shape=cloud;whiteSpace=wrap;html=1;fillColor=#FFFFFF;strokeColor=#"
                   "232F3E;";
        if (text.icon == "on-premises")
            return std::string(kGroupPrefix)
                + "group;grIcon=mxgraph.aws4.group_corporate_data_center;strokeColor=#7D8998;"
                  "fillColor=none;verticalAlign=top;align=left;spacingLeft=30;fontColor=#5A6B86;"
                  "dashed=0;container=0;";
        return "rounded=1;whiteSpace=wrap;html=1;dashed=1;fillColor=#FFFFFF;strokeColor=#5A6B86;";
    case layout::NodeKind::Service:
        break;
    }
    if (text.spanning || azure || !awsIcons().count(kind))
        return "rounded=1;whiteSpace=wrap;html=1;fillColor=#FFFFFF;strokeColor="
            + (azure ? std::string("#0078D4") : categoryFill(text.category)) + ";strokeWidth=2;";
    return std::string(kIconPrefix) + "fillColor=" + categoryFill(text.category)
        + ";resIcon=mxgraph.aws4." + awsIcons().at(kind) + ";";
}

std::string drawioEdgeStyle()
{
    return "edgeStyle=orthogonalEdgeStyle;rounded=0;orthogonalLoop=1;jettySize=auto;html=1;"
           "endArrow=block;endFill=1;strokeColor=#545B64;fontSize=11;labelBackgroundColor=#FFFFFF;";
}

} // namespace cw::exporters
